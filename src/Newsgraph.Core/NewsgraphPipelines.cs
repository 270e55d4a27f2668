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
    private static readonly Lazy<NewsPipeline> DefaultPipeline = new(() => new PipelineBuilder()
        .Add(new Tokenizer())
        .Add(new SentenceSplitter())
        .Add(new QuotationFinder())
        .Add(new PartOfSpeechTagger(Models.PartOfSpeech))
        .Add(new EntityRecognizer(Models.Entities))
        .Add(new LexiconNameTagger(Models.Names, useRecognizer: true))
        .Add(new MentionFinder())
        .Add(new EntityResolver())
        .Add(new QuoteAttributor(Models.Cues))
        .Add(new TimexTagger())
        .Build());

    /// <summary>Tokens, sentences, parts of speech, recognised and typed names, mentions, entities, quotes and timexes.</summary>
    public static NewsPipeline Default => DefaultPipeline.Value;
}
