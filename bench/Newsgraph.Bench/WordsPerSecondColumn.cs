using BenchmarkDotNet.Running;

namespace Newsgraph.Bench;

/// <summary>Throughput in words per second (words counted like <c>wc -w</c>), the unit the README's Speed section uses.</summary>
internal sealed class WordsPerSecondColumn() : ThroughputColumn("Words/s", "Words of the synthetic document processed per second (words / mean time)", 0)
{
    protected override int? UnitsOf(BenchmarkCase benchmarkCase)
    {
        // Only the pipeline benchmarks process a document of known words; the store, event and tagger benchmarks do not.
        if (benchmarkCase.Descriptor.Type != typeof(PipelineBenchmarks)) return null;
        var repetitions = (int)benchmarkCase.Parameters[nameof(PipelineBenchmarks.Repetitions)];
        return SyntheticArticle.CountWords(SyntheticArticle.Build(repetitions));
    }
}
