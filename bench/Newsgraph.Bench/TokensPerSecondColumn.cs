using BenchmarkDotNet.Running;

namespace Newsgraph.Bench;

/// <summary>Tagging throughput in tokens per second (tokens of <see cref="TaggerBenchmarks"/>' document / mean time).</summary>
internal sealed class TokensPerSecondColumn() : ThroughputColumn("Tokens/s", "Tokens tagged per second by the tagger benchmarks (tokens / mean time)", 1)
{
    protected override int? UnitsOf(BenchmarkCase benchmarkCase)
    {
        if (benchmarkCase.Descriptor.Type != typeof(TaggerBenchmarks) || benchmarkCase.Descriptor.WorkloadMethod.Name == nameof(TaggerBenchmarks.LoadModels)) return null;
        return TaggerBenchmarks.TokenCount((int)benchmarkCase.Parameters[nameof(TaggerBenchmarks.Repetitions)]);
    }
}
