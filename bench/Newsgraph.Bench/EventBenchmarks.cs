using BenchmarkDotNet.Attributes;
using Newsgraph.Core;
using Newsgraph.Core.Events;

namespace Newsgraph.Bench;

/// <summary>
/// Event coding with the full Phoenix dictionaries: loading them, and coding made-up news sentences through the
/// default pipeline, each sentence its own document (as `newsgraph code` does) or all in one long document.
/// Not sealed: BenchmarkDotNet generates a class deriving from it.
/// </summary>
[MemoryDiagnoser]
public class EventBenchmarks
{
    private static readonly string[] Sentences =
    [
        "Egypt criticized Israel and Hamas on Monday.",
        "Palestinian president Mahmoud Abbas met Jordan's Foreign Minister Nasser Judeh in Amman.",
        "Russia is expected to meet with Ukraine on Friday.",
        "Police in Gaza arrested three protesters from Hamas.",
        "Israeli troops attacked Hamas militants near the border after the talks collapsed.",
        "The European Union imposed sanctions on Russia over its support for the rebels.",
        "French Foreign Minister Anne Dupont said the two sides had agreed to resume negotiations next week.",
        "Airlines suspended flights to Israel as the fighting spread.",
        "China did not condemn Japan, but it urged both countries to show restraint.",
        "Kenya hosted Somali President Hassan Ali, who thanked Kenyan troops for their help.",
    ];

    private const int Copies = 100;

    private string[] _files = [];
    private string _longText = "";

    [GlobalSetup]
    public void Setup()
    {
        _files = [.. EventDictionaries.PhoenixVerbFiles, .. EventDictionaries.PhoenixActorFiles, EventDictionaries.PhoenixAgentsFile, EventDictionaries.PhoenixDiscardsFile, EventDictionaries.PhoenixIssuesFile];
        _files = [.. _files.Select(EventDictionaries.ReadEmbedded)];
        _longText = string.Join(" ", Enumerable.Repeat(string.Join(" ", Sentences), Copies));
        _ = EventDictionaries.Phoenix;
    }

    /// <summary>Parsing the Phoenix set (verbs, actors, agents, discards, issues) from its texts.</summary>
    [Benchmark]
    public EventDictionaries LoadDictionaries() => EventDictionaries.Load(
        _files[..2], _files[2..5], _files[5], _files[6], _files[7]);

    /// <summary>Each sentence its own document, through the whole pipeline; the time reported is per sentence.</summary>
    [Benchmark(OperationsPerInvoke = 10)]
    public int SentencePerDocument()
    {
        var events = 0;
        foreach (var sentence in Sentences) events += NewsgraphPipelines.Default.Process(sentence, "s", new DateOnly(2014, 7, 23)).Events.Count;
        return events;
    }

    /// <summary>The sentences repeated in one long document, through the whole pipeline; the time reported is per sentence.</summary>
    [Benchmark(OperationsPerInvoke = 10 * Copies)]
    public int OneLongDocument() => NewsgraphPipelines.Default.Process(_longText, "long", new DateOnly(2014, 7, 23)).Events.Count;
}
