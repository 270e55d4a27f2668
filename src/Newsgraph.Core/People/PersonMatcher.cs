namespace Newsgraph.Core.People;

/// <summary>What one article says about one person: the name it uses (none for "the UN chief" alone), the titles it
/// gives, the article's publication date and the other names it uses for them ("Hillary Clinton" beside "Hillary
/// Rodham Clinton").</summary>
public sealed record PersonSighting(string? Name, IReadOnlyList<string> Titles, DateOnly? Published)
{
    public IReadOnlyList<string> OtherNames { get; init; } = [];
}

/// <summary>A person already on record across articles: every name used for them, every title, when they were seen
/// and in how many articles.</summary>
public sealed record KnownPerson(
    long Id,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Titles,
    DateOnly? FirstSeen,
    DateOnly? LastSeen,
    int Articles);

/// <summary>
/// Decides whether a person seen in one article is a person already on record, from the evidence of names, titles
/// and dates, so that "Ban Ki-moon", "Ban" and "the UN Secretary-General" in different articles become one record:
/// <list type="bullet">
/// <item>a full name (two words or more) is the person with that name as an alias (their main name first), else, for
///   three words or more, the one person whose main name is its last two words, else the one person whose main name
///   has the same first and last words with a middle name on one side only;</item>
/// <item>a single name ("Ban") is the person with that name word who also holds one of its titles, else the only
///   such person seen within <see cref="DateWindowDays"/>, else one seen in far more articles than any other;</item>
/// <item>a title alone ("the UN Secretary-General") is the person holding that title within the window, if only one
///   does or one dominates.</item>
/// </list>
/// Anything more ambiguous stays a separate record: a wrong merge mixes two people's quotes, a missed one only splits.
/// </summary>
public static class PersonMatcher
{
    /// <summary>How far from a person's first and last appearance a sighting may be to count as the same period.</summary>
    public const int DateWindowDays = 2 * 365;

    /// <summary>How many times more articles the most frequent candidate must have to win an otherwise tied choice.</summary>
    public const int DominanceFactor = 3;

    /// <summary>The record the sighting belongs to, or null when the evidence does not single one out.</summary>
    public static KnownPerson? Match(PersonSighting sighting, IReadOnlyList<KnownPerson> candidates)
    {
        ArgumentNullException.ThrowIfNull(sighting);
        ArgumentNullException.ThrowIfNull(candidates);
        var inPeriod = candidates.Where(candidate => WithinWindow(candidate, sighting.Published)).ToList();
        if (sighting.Name is { } name && PersonKeys.Words(name) is { Length: >= 2 } words)
        {
            // The same full name is the same person: the one it is the main name of first, then the one with a shared
            // title, then the most frequent, rather than a new record beside them. The article's other full names
            // for the person come next.
            foreach (var fullName in sighting.OtherNames.Select(PersonKeys.Words).Where(w => w.Length >= 2).Prepend(words))
            {
                var sameName = candidates.Where(c => c.Aliases.Any(alias => PersonKeys.Words(alias).SequenceEqual(fullName)))
                    .OrderByDescending(c => PersonKeys.Words(c.Name).SequenceEqual(fullName))
                    .ThenByDescending(c => SharesTitle(c, sighting))
                    .ThenByDescending(c => c.Articles)
                    .ThenBy(c => c.Id)
                    .FirstOrDefault();
                if (sameName is not null) return sameName;
            }

            // A word before a full name that the tagger took into it ("Democrat Hillary Clinton"): the one person whose
            // main name is the last two words.
            if (words.Length >= 3)
            {
                var ending = words[^2..];
                var byEnding = candidates.Where(c => PersonKeys.Words(c.Name).SequenceEqual(ending)).ToList();
                if (byEnding.Count == 1) return byEnding[0];
            }

            // A middle name on one side only ("Hillary Rodham Clinton", "Hillary Clinton"): the one person whose main
            // name has the same first and last words.
            var byFirstAndLast = candidates.Where(c => PersonKeys.Words(c.Name) is { Length: >= 2 } known && known.Length != words.Length
                && known[0] == words[0] && known[^1] == words[^1]).ToList();
            if (byFirstAndLast.Count == 1) return byFirstAndLast[0];

            // A person so far known by one word only ("Ban") whose full name this is, with a title to confirm it.
            var byOneWord = inPeriod.Where(c => SharesTitle(c, sighting)
                && c.Aliases.All(alias => PersonKeys.Words(alias) is [var word] && words.Contains(word))).ToList();
            return byOneWord.Count == 1 ? byOneWord[0] : null;
        }

        if (sighting.Name is { } single && PersonKeys.Words(single) is [var word])
        {
            return Choose(sighting, inPeriod.Where(c => c.Aliases.Any(alias => PersonKeys.Words(alias).Contains(word))).ToList());
        }

        return Choose(sighting, inPeriod.Where(c => SharesTitle(c, sighting)).ToList());
    }

    /// <summary>Whether two titles name the same role: equal, or the shorter one (of two words or more) ends the other
    /// ("Secretary-General" and "UN Secretary-General").</summary>
    public static bool TitlesMatch(string first, string second)
    {
        var a = PersonKeys.Normalize(first);
        var b = PersonKeys.Normalize(second);
        if (a == b) return a.Length > 0;
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        return shorter.Contains(' ', StringComparison.Ordinal) && longer.EndsWith(" " + shorter, StringComparison.Ordinal);
    }

    /// <summary>The one candidate sharing a title, else the only or the dominant one.</summary>
    private static KnownPerson? Choose(PersonSighting sighting, List<KnownPerson> candidates)
    {
        if (candidates.Count == 0) return null;
        var titled = candidates.Where(c => SharesTitle(c, sighting)).ToList();
        var pool = titled.Count > 0 ? titled : candidates;
        if (pool.Count == 1) return pool[0];
        var ranked = pool.OrderByDescending(c => c.Articles).ThenBy(c => c.Id).ToList();
        return ranked[0].Articles >= DominanceFactor * ranked[1].Articles ? ranked[0] : null;
    }

    private static bool SharesTitle(KnownPerson candidate, PersonSighting sighting) =>
        sighting.Titles.Any(title => candidate.Titles.Any(known => TitlesMatch(title, known)));

    private static bool WithinWindow(KnownPerson candidate, DateOnly? published)
    {
        if (published is not { } date) return true;
        var from = candidate.FirstSeen?.AddDays(-DateWindowDays);
        var to = candidate.LastSeen?.AddDays(DateWindowDays);
        return (from is null || date >= from) && (to is null || date <= to);
    }
}
