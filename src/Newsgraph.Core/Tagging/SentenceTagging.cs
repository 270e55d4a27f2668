using Newsgraph.Core.Mentions;
using Newsgraph.Core.Text;

namespace Newsgraph.Core.Tagging;

/// <summary>Turns a tagger's class indices into tags and names, and tags pre-tokenised sentences.</summary>
public static class SentenceTagging
{
    /// <summary>The <see cref="PennTag"/> of each class of a part-of-speech model.</summary>
    public static PennTag[] PennTagsOf(PerceptronModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return [.. model.Classes.Select(name => PennTags.TryParse(name, out var tag) ? tag : PennTag.Xx)];
    }

    /// <summary>For each <see cref="PennTag"/>, the index an entity model gives it among its part-of-speech classes (unknown tags: the "none" index).</summary>
    public static byte[] EntityPosClasses(PerceptronModel entityModel)
    {
        ArgumentNullException.ThrowIfNull(entityModel);
        var classes = new byte[PennTags.Count];
        Array.Fill(classes, (byte)entityModel.PosClasses.Count);
        for (var k = 0; k < entityModel.PosClasses.Count; k++)
        {
            if (PennTags.TryParse(entityModel.PosClasses[k], out var tag)) classes[(int)tag] = (byte)k;
        }

        return classes;
    }

    /// <summary>Name spans (token indices, end exclusive) from BIO class indices of an entity model.</summary>
    public static void AppendNames(PerceptronModel entityModel, ReadOnlySpan<byte> classes, int tokenOffset, List<(int First, int End, EntityType Type)> names)
    {
        ArgumentNullException.ThrowIfNull(entityModel);
        ArgumentNullException.ThrowIfNull(names);
        var i = 0;
        while (i < classes.Length)
        {
            if (!EntityLabels.TryParse(entityModel.Classes[classes[i]], out _, out var type))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < classes.Length && EntityLabels.TryParse(entityModel.Classes[classes[end]], out var begins, out var next) && !begins && next == type) end++;
            names.Add((tokenOffset + i, tokenOffset + end, type));
            i = end;
        }
    }

    /// <summary>Part-of-speech tags of one sentence of words.</summary>
    public static PennTag[] TagWords(PerceptronTagger pos, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(pos);
        var (text, tokens) = WordText.Join(words);
        var classes = new byte[tokens.Length];
        pos.TagSentence(text, tokens, [], classes);
        var tags = PennTagsOf(pos.Model);
        return [.. classes.Select(c => tags[c])];
    }

    /// <summary>Entity names of one sentence of words with their part-of-speech tags: (first word, end word, type).</summary>
    public static List<(int First, int End, EntityType Type)> FindNames(PerceptronTagger entities, IReadOnlyList<string> words, IReadOnlyList<PennTag> pos)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(pos);
        var (text, tokens) = WordText.Join(words);
        var posClasses = EntityPosClasses(entities.Model);
        var posOfToken = pos.Select(tag => posClasses[(int)tag]).ToArray();
        var classes = new byte[tokens.Length];
        entities.TagSentence(text, tokens, posOfToken, classes);
        var names = new List<(int, int, EntityType)>();
        AppendNames(entities.Model, classes, 0, names);
        return names;
    }

    /// <summary>
    /// One reading per name across a document, in the order the steps depend on: names found again
    /// (<see cref="NameConsistency.Apply"/>), retyped by the model's typer, then the last touches on typed names
    /// (<see cref="NameConsistency.Finish"/>). A model without a typer (the typer's own fold taggers, whose names it learns
    /// from) stops after the first step.
    /// </summary>
    public static void ReadAcrossDocument(PerceptronTagger entities, string text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences, List<(int First, int End, EntityType Type)> names)
    {
        ArgumentNullException.ThrowIfNull(entities);
        NameConsistency.Apply(text, tokens, sentences, names);
        if (entities.Model.Typer is not { } typer) return;
        typer.Retype(text, tokens, sentences, entities.Names, names);
        NameConsistency.Finish(text, tokens, names);
    }

    /// <summary>
    /// Entity names of a document's sentences (words with their part-of-speech tags), one reading per name across the
    /// document (<see cref="NameConsistency"/>): per sentence, (first word, end word, type).
    /// </summary>
    public static List<(int First, int End, EntityType Type)>[] FindDocumentNames(PerceptronTagger entities, IReadOnlyList<(string[] Words, PennTag[] Tags)> sentences)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(sentences);
        var names = new List<(int First, int End, EntityType Type)>();
        var bounds = new Sentence[sentences.Count];
        var offset = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            var (words, tags) = sentences[s];
            names.AddRange(FindNames(entities, words, tags).Select(n => (n.First + offset, n.End + offset, n.Type)));
            bounds[s] = new Sentence(0, 0, offset, offset + words.Length, 0);
            offset += words.Length;
        }

        var (text, tokens) = WordText.Join([.. sentences.SelectMany(sentence => sentence.Words)]);
        ReadAcrossDocument(entities, text, tokens, bounds, names);
        var perSentence = new List<(int First, int End, EntityType Type)>[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            var bound = bounds[s];
            perSentence[s] = [.. names.Where(n => n.First >= bound.FirstToken && n.End <= bound.EndToken).Select(n => (n.First - bound.FirstToken, n.End - bound.FirstToken, n.Type))];
        }

        return perSentence;
    }
}
