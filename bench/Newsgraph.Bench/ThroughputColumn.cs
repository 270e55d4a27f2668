using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Newsgraph.Bench;

/// <summary>A throughput column: units of work (words, tokens) of a benchmark case divided by its mean time.</summary>
internal abstract class ThroughputColumn(string name, string legend, int priority) : IColumn
{
    public string Id => GetType().Name;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => priority;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (meanNanoseconds is not > 0 || UnitsOf(benchmarkCase) is not { } units) return "-";
        return (units / (meanNanoseconds.Value / 1e9)).ToString("N0", style.CultureInfo);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <summary>The units one run of the case processes, or null when the column does not apply to it.</summary>
    protected abstract int? UnitsOf(BenchmarkCase benchmarkCase);
}
