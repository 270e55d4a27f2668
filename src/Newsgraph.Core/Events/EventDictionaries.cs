namespace Newsgraph.Core.Events;

/// <summary>
/// The dictionaries an event coder uses, read from PETRARCH-format texts (Core does no I/O: callers pass the texts).
/// <see cref="Phoenix"/> is the Phoenix set shipped under data/cameo and embedded in this assembly, with our
/// supplement of verbs and event nouns.
/// </summary>
public sealed class EventDictionaries
{
    /// <summary>The embedded files of the Phoenix set, by kind.</summary>
    public static readonly IReadOnlyList<string> PhoenixVerbFiles = ["CAMEO.verbpatterns.150430.txt", "Newsgraph.verbpatterns.txt"];

    public static readonly IReadOnlyList<string> PhoenixActorFiles = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"];

    public const string PhoenixAgentsFile = "Phoenix.agents.txt";

    public const string PhoenixDiscardsFile = "Phoenix.discards.txt";

    public const string PhoenixIssuesFile = "Phoenix.IssueCoding.txt";

    private static readonly Lazy<EventDictionaries> PhoenixSet = new(() => Load(
        PhoenixVerbFiles.Select(ReadEmbedded),
        PhoenixActorFiles.Select(ReadEmbedded),
        ReadEmbedded(PhoenixAgentsFile),
        ReadEmbedded(PhoenixDiscardsFile),
        ReadEmbedded(PhoenixIssuesFile)));

    private EventDictionaries(VerbDictionary verbs, ActorDictionary actors, AgentDictionary agents, DiscardList discards, IssueDictionary issues)
    {
        Verbs = verbs;
        Actors = actors;
        Agents = agents;
        Discards = discards;
        Issues = issues;
        Words = new WordIndex(verbs, actors, agents, discards, issues);
    }

    /// <summary>The Phoenix dictionaries, parsed once on first use.</summary>
    public static EventDictionaries Phoenix => PhoenixSet.Value;

    public VerbDictionary Verbs { get; }

    public ActorDictionary Actors { get; }

    public AgentDictionary Agents { get; }

    public DiscardList Discards { get; }

    public IssueDictionary Issues { get; }

    /// <summary>The first words of all the dictionaries, for one lookup per token.</summary>
    internal WordIndex Words { get; }

    /// <summary>
    /// Dictionaries from file texts: verb files and actor files in order, agents, discards and issues optional. The
    /// actor files are parsed (in order) while the rest is, so the result is the same as one after the other.
    /// </summary>
    public static EventDictionaries Load(IEnumerable<string> verbTexts, IEnumerable<string> actorTexts, string? agentsText, string? discardsText, string? issuesText)
    {
        ArgumentNullException.ThrowIfNull(verbTexts);
        ArgumentNullException.ThrowIfNull(actorTexts);
        var verbTextList = verbTexts.ToArray();
        var actorTextList = actorTexts.ToArray();
        // The actors on a thread of their own (not the pool, which callers' parallel loops may be filling), the verbs here.
        var actors = Task.Factory.StartNew(
            () =>
            {
                var dictionary = new ActorDictionary();
                foreach (var text in actorTextList) dictionary.Add(text);
                return dictionary;
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        var verbs = new VerbDictionary();
        foreach (var text in verbTextList) verbs.Add(text);
        var agents = new AgentDictionary();
        if (agentsText is not null) agents.Add(agentsText);
        var discards = new DiscardList();
        if (discardsText is not null) discards.Add(discardsText);
        var issues = new IssueDictionary();
        if (issuesText is not null) issues.Add(issuesText);
        return new EventDictionaries(verbs, actors.GetAwaiter().GetResult(), agents, discards, issues);
    }

    /// <summary>The text of one embedded Phoenix file (data/cameo/NAME), for callers that mix it with files of their own.</summary>
    public static string ReadEmbedded(string fileName)
    {
        using var stream = typeof(EventDictionaries).Assembly.GetManifestResourceStream("Newsgraph.Cameo." + fileName)
            ?? throw new InvalidOperationException($"Dictionary {fileName} is not embedded: it belongs in data/cameo.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
