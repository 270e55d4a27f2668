using Newsgraph.Core.Mentions;
using Newsgraph.Core.Tagging;
using Newsgraph.Core.Training;

namespace Newsgraph.Core.Evaluation;

/// <summary>Counts for one entity type: gold names, predicted names and exact matches (same words, same type).</summary>
public readonly record struct NameCounts(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static NameCounts operator +(NameCounts a, NameCounts b) => new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.Correct + b.Correct);
}

/// <summary>Tagger figures on gold sentences: part-of-speech accuracy (PTB and universal tags) and name span scores.</summary>
public sealed record TaggingScores(int Tokens, int PosCorrect, int UniversalCorrect, IReadOnlyDictionary<EntityType, NameCounts> Names)
{
    /// <summary>The entity types the recogniser is scored on.</summary>
    public static readonly EntityType[] ScoredTypes = [EntityType.Person, EntityType.Organization, EntityType.Place];

    public double PosAccuracy => Tokens == 0 ? 0 : (double)PosCorrect / Tokens;

    public double UniversalAccuracy => Tokens == 0 ? 0 : (double)UniversalCorrect / Tokens;

    public NameCounts AllNames => ScoredTypes.Aggregate(default(NameCounts), (sum, type) => sum + Names[type]);
}

/// <summary>Scores taggers on gold treebank sentences (e.g. GUM's dev documents).</summary>
public static class TaggingEvaluation
{
    /// <summary>
    /// Tags each sentence with <paramref name="pos"/> (and names with <paramref name="entities"/> when given, reading the
    /// predicted tags, one reading per name in each document as <see cref="NameConsistency"/> makes it) and compares
    /// with the gold XPOS, UPOS (mapped from the predicted XPOS and the word) and names.
    /// </summary>
    public static TaggingScores Score(IEnumerable<TreebankSentence> sentences, PerceptronTagger pos, PerceptronTagger? entities)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(pos);
        int tokens = 0, posCorrect = 0, universalCorrect = 0;
        var names = TaggingScores.ScoredTypes.ToDictionary(type => type, _ => default(NameCounts));
        foreach (var document in Documents(sentences))
        {
            var tagged = new List<(string[] Words, PennTag[] Tags)>();
            foreach (var sentence in document)
            {
                var words = sentence.Words.Select(w => w.Form).ToArray();
                var tags = SentenceTagging.TagWords(pos, words);
                tagged.Add((words, tags));
                for (var i = 0; i < words.Length; i++)
                {
                    tokens++;
                    if (PennTags.Name(tags[i]) == sentence.Words[i].Xpos) posCorrect++;
                    if (UniversalName(PennTags.ToUniversal(tags[i], words[i])) == sentence.Words[i].Upos) universalCorrect++;
                }
            }

            if (entities is null) continue;
            var predicted = SentenceTagging.FindDocumentNames(entities, tagged);
            for (var s = 0; s < document.Count; s++)
            {
                foreach (var type in TaggingScores.ScoredTypes)
                {
                    var gold = document[s].Names.Where(n => n.Type == type).Select(n => (n.First, n.End)).ToHashSet();
                    var guessed = predicted[s].Where(n => n.Type == type).Select(n => (n.First, n.End)).ToHashSet();
                    names[type] += new NameCounts(gold.Count, guessed.Count, gold.Intersect(guessed).Count());
                }
            }
        }

        return new TaggingScores(tokens, posCorrect, universalCorrect, names);
    }

    /// <summary>Runs of consecutive sentences with the same <see cref="TreebankSentence.Document"/>.</summary>
    private static IEnumerable<List<TreebankSentence>> Documents(IEnumerable<TreebankSentence> sentences)
    {
        var document = new List<TreebankSentence>();
        foreach (var sentence in sentences)
        {
            if (document.Count > 0 && document[^1].Document != sentence.Document)
            {
                yield return document;
                document = [];
            }

            document.Add(sentence);
        }

        if (document.Count > 0) yield return document;
    }

    private static string UniversalName(UniversalTag tag) => tag.ToString().ToUpperInvariant();
}
