using Newsgraph.Core.Pipeline;

namespace Newsgraph.Core.Tagging;

/// <summary>
/// Finds person, organisation and place names with a trained averaged perceptron over BIO labels (models/ner.bin),
/// reading the part-of-speech layer; a name found once is found again elsewhere in the document (<see cref="NameConsistency"/>). Its names are a layer of their own; the name tagger uses them as evidence.
/// </summary>
public sealed class EntityRecognizer(PerceptronTagger tagger) : IPipelineStage
{
    private readonly byte[] _posClasses = SentenceTagging.EntityPosClasses(tagger.Model);

    public string Name => "entity-recognizer";

    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.PartsOfSpeech;

    public Layers Produces => Layers.NamedEntities;

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.TokenSpan;
        var pos = document.PartOfSpeechSpan;
        var posClasses = new byte[tokens.Length];
        for (var i = 0; i < posClasses.Length; i++) posClasses[i] = _posClasses[(int)pos[i]];
        var classes = new byte[tokens.Length];
        tagger.TagSentences(document.Text, document.TokenSpan, document.Sentences, posClasses, classes);
        var found = new List<(int First, int End, Mentions.EntityType Type)>();
        foreach (var sentence in document.Sentences)
        {
            SentenceTagging.AppendNames(tagger.Model, classes.AsSpan(sentence.FirstToken, sentence.TokenCount), sentence.FirstToken, found);
        }

        SentenceTagging.ReadAcrossDocument(tagger, document.Text, tokens, document.Sentences, found);

        var names = new NameSpan[found.Count];
        for (var k = 0; k < names.Length; k++)
        {
            var (first, end, type) = found[k];
            names[k] = new NameSpan(tokens[first].Start, tokens[end - 1].End, first, end, type);
        }

        document.SetNamedEntities(names);
    }
}
