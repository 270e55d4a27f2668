namespace Newsgraph.Core.Pipeline;

/// <summary>Assembles stages in order, checking that each stage's inputs are produced by an earlier one.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IPipelineStage> _stages = [];

    public PipelineBuilder Add(IPipelineStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    public NewsPipeline Build()
    {
        var available = Layers.None;
        foreach (var stage in _stages)
        {
            var missing = stage.Requires & ~available;
            if (missing != Layers.None)
                throw new InvalidOperationException($"Stage {stage.Name} requires {missing}, which no earlier stage produces.");
            var twice = stage.Produces & available;
            if (twice != Layers.None)
                throw new InvalidOperationException($"Stage {stage.Name} produces {twice}, which an earlier stage already produces.");
            available |= stage.Produces;
        }

        return new NewsPipeline([.. _stages], available);
    }
}
