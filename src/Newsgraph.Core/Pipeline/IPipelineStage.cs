namespace Newsgraph.Core.Pipeline;

/// <summary>One step of the pipeline: reads the layers it requires and adds the layers it produces.</summary>
public interface IPipelineStage
{
    string Name { get; }

    Layers Requires { get; }

    Layers Produces { get; }

    void Process(Document document);
}
