using Newsgraph.Core.Pipeline;
using Newsgraph.Core.Text;

namespace Newsgraph.Core;

/// <summary>The standard pipelines, built once and shared (stages are stateless, so this is thread-safe).</summary>
public static class NewsgraphPipelines
{
    private static readonly Lazy<NewsPipeline> DefaultPipeline = new(() => new PipelineBuilder()
        .Add(new Tokenizer())
        .Add(new SentenceSplitter())
        .Add(new PendingLayers())
        .Build());

    /// <summary>Tokens, sentences, names, mentions, entities, quotes and timexes.</summary>
    public static NewsPipeline Default => DefaultPipeline.Value;
}
