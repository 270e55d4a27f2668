namespace Newsgraph.Core.Pipeline;

/// <summary>A checked, immutable sequence of stages. Thread-safe: stages keep no per-document state.</summary>
public sealed class NewsPipeline
{
    private readonly IPipelineStage[] _stages;

    internal NewsPipeline(IPipelineStage[] stages, Layers produces)
    {
        _stages = stages;
        Produces = produces;
    }

    public Layers Produces { get; }

    public IReadOnlyList<IPipelineStage> Stages => _stages;

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var stage in _stages) stage.Process(document);
        return document;
    }

    public Document Process(string text, string id = "", DateOnly? published = null) =>
        Process(new Document(text, id, published));
}
