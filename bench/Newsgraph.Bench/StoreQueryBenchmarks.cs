using BenchmarkDotNet.Attributes;
using Newsgraph.Store;

namespace Newsgraph.Bench;

/// <summary>
/// Queries on a store made by <c>newsgraph ingest</c>, named by NEWSGRAPH_BENCH_DB (bench/store.sh ingests PolNeAR's
/// train texts and sets it): the time a query takes inside a running process, without start-up. Not sealed:
/// BenchmarkDotNet generates a class deriving from it.
/// </summary>
[MemoryDiagnoser]
public class StoreQueryBenchmarks
{
    public const string DatabaseVariable = "NEWSGRAPH_BENCH_DB";

    private INewsStore? _store;

    [GlobalSetup]
    public void Setup()
    {
        var database = Environment.GetEnvironmentVariable(DatabaseVariable)
            ?? throw new InvalidOperationException($"Set {DatabaseVariable} to a store made by 'newsgraph ingest' (bench/store.sh does).");
        _store = NewsStores.OpenAsync(database).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _store?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>What <c>newsgraph quotes --speaker "Donald Trump"</c> asks (its default limit is 100 quotes).</summary>
    [Benchmark]
    public Task<IReadOnlyList<QuoteHit>> QuotesBySpeaker() => _store!.FindQuotesAsync(new QuoteQuery(Speaker: "Donald Trump", Limit: 100));

    /// <summary>Every quote of the speaker, however many.</summary>
    [Benchmark]
    public Task<IReadOnlyList<QuoteHit>> AllQuotesBySpeaker() => _store!.FindQuotesAsync(new QuoteQuery(Speaker: "Donald Trump", Limit: int.MaxValue));

    [Benchmark]
    public Task<IReadOnlyList<QuoteHit>> QuotesByWords() => _store!.FindQuotesAsync(new QuoteQuery(Text: "border wall", Limit: 100));

    [Benchmark]
    public Task<IReadOnlyList<SpeakerCount>> WhoIsQuotedMost() => _store!.TopSpeakersAsync(new QuoteQuery(Text: "wall"), 10);
}
