using BenchmarkDotNet.Attributes;
using Newsgraph.Core;

namespace Newsgraph.Bench;

/// <summary>
/// The default pipeline over one synthetic document. Not sealed: BenchmarkDotNet generates a class deriving from it.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private string _text = "";

    /// <summary>How many copies of the demo article (about 300 words each) make up the document.</summary>
    [Params(1, 30)]
    public int Repetitions { get; set; }

    [GlobalSetup]
    public void Setup() => _text = SyntheticArticle.Build(Repetitions);

    [Benchmark]
    public Document Process() => NewsgraphPipelines.Default.Process(_text, "synthetic", new DateOnly(2026, 3, 4));
}
