using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Newsgraph.Bench;

/// <summary>Tagging throughput in tokens per second (tokens of <see cref="TaggerBenchmarks"/>' document / mean time).</summary>
internal sealed class TokensPerSecondColumn : IColumn
{
    public string Id => nameof(TokensPerSecondColumn);

    public string ColumnName => "Tokens/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Tokens tagged per second by the tagger benchmarks (tokens / mean time)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (benchmarkCase.Descriptor.Type != typeof(TaggerBenchmarks) || benchmarkCase.Descriptor.WorkloadMethod.Name == nameof(TaggerBenchmarks.LoadModels) || meanNanoseconds is not > 0) return "-";
        var benchmarks = new TaggerBenchmarks();
        benchmarks.Setup();
        return (TaggerBenchmarks.TokenCount / (meanNanoseconds.Value / 1e9)).ToString("N0", style.CultureInfo);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
