using Newsgraph.Core.Events;
using Newsgraph.Core.Mentions;
using Newsgraph.Core.Pipeline;
using Newsgraph.Core.Quotes;
using Newsgraph.Core.Tagging;
using Newsgraph.Core.Text;
using Newsgraph.Core.Time;

namespace Newsgraph.Core;

/// <summary>The standard pipelines, built once and shared (stages are stateless, so this is thread-safe).</summary>
public static class NewsgraphPipelines
{
    private static readonly Lazy<NewsPipeline> DefaultPipeline = new(() => Build(new EventCoder()));

    /// <summary>Tokens, sentences, parts of speech, recognised and typed names, mentions, entities, quotes, timexes and CAMEO events.</summary>
    public static NewsPipeline Default => DefaultPipeline.Value;

    /// <summary>The default pipeline with events coded by other dictionaries than the Phoenix set.</summary>
    public static NewsPipeline WithEventDictionaries(EventDictionaries dictionaries) => Build(new EventCoder(dictionaries));

    private static readonly Lazy<NewsPipeline> BeforeAttributionPipeline = new(() => UpToEntities().Build());

    /// <summary>
    /// The default pipeline's stages before attribution (tokens to entities): what <c>train attribution</c> reads,
    /// without the attribution model it is training.
    /// </summary>
    public static NewsPipeline BeforeAttribution => BeforeAttributionPipeline.Value;

    private static PipelineBuilder UpToEntities() => new PipelineBuilder()
        .Add(new Tokenizer())
        .Add(new SentenceSplitter())
        .Add(new QuotationFinder())
        .Add(new PartOfSpeechTagger(Models.PartOfSpeech))
        .Add(new EntityRecognizer(Models.Entities))
        .Add(new LexiconNameTagger(Models.Names))
        .Add(new MentionFinder())
        .Add(new EntityResolver());

    private static NewsPipeline Build(EventCoder eventCoder) => UpToEntities()
        .Add(new QuoteAttributor(Models.Attribution))
        .Add(new TimexTagger())
        .Add(eventCoder)
        .Build();
}
