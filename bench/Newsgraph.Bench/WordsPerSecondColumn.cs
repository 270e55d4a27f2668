using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Newsgraph.Bench;

/// <summary>Throughput in words per second (words counted like <c>wc -w</c>), the unit the README's Speed section uses.</summary>
internal sealed class WordsPerSecondColumn : IColumn
{
    public string Id => nameof(WordsPerSecondColumn);

    public string ColumnName => "Words/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Words of the synthetic document processed per second (words / mean time)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (benchmarkCase.Descriptor.Type != typeof(PipelineBenchmarks) || meanNanoseconds is not > 0) return "-";
        var repetitions = (int)benchmarkCase.Parameters[nameof(PipelineBenchmarks.Repetitions)];
        var words = SyntheticArticle.CountWords(SyntheticArticle.Build(repetitions));
        return (words / (meanNanoseconds.Value / 1e9)).ToString("N0", style.CultureInfo);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
