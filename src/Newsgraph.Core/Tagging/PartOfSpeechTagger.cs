using Newsgraph.Core.Pipeline;

namespace Newsgraph.Core.Tagging;

/// <summary>Tags every token with its Penn Treebank part of speech (a trained averaged perceptron, models/pos.bin).</summary>
public sealed class PartOfSpeechTagger(PerceptronTagger tagger) : IPipelineStage
{
    private readonly PennTag[] _tags = SentenceTagging.PennTagsOf(tagger.Model);

    public string Name => "part-of-speech-tagger";

    public Layers Requires => Layers.Tokens | Layers.Sentences;

    public Layers Produces => Layers.PartsOfSpeech;

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var classes = new byte[document.TokenSpan.Length];
        tagger.TagSentences(document.Text, document.TokenSpan, document.Sentences, [], classes);
        var tags = new PennTag[classes.Length];
        for (var i = 0; i < classes.Length; i++) tags[i] = _tags[classes[i]];
        document.SetPartsOfSpeech(tags);
    }
}
