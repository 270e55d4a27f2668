namespace Newsgraph.Core.Pipeline;

/// <summary>Sets the layers whose stages are being written, empty, so that callers can be built against them.</summary>
internal sealed class PendingLayers : IPipelineStage
{
    public string Name => "pending";

    public Layers Requires => Layers.Sentences;

    public Layers Produces => Layers.Timexes;

    public void Process(Document document)
    {
        document.SetTimexes([]);
    }
}
