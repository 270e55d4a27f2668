namespace Newsgraph.Core.People;

/// <summary>
/// The names of a person entity as cross-article evidence: cleaned of what name tagging leaves on them ("Vermont Sen.
/// Bernie Sanders", "Ted Cruz of Texas") and limited to what a person's name can be, so that a headline caught as a name
/// ("Offensive Things Donald Trump Has Said") neither names a record nor becomes an alias.
/// </summary>
public static class PersonNames
{
    /// <summary>The most words a person's name has ("Martin Luther King Jr.").</summary>
    public const int MaxWords = 4;

    private static readonly HashSet<string> TitleAbbreviations = new(StringComparer.Ordinal)
    {
        "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Adm.", "Pres.", "Amb.", "Atty.", "Supt.", "Dr.",
        "Mr.", "Mrs.", "Ms.", "Prof.", "Rev.",
    };

    /// <summary>A name without the words up to a title abbreviation in it and without a trailing "of PLACE".</summary>
    public static string Clean(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = Array.FindLastIndex(words, TitleAbbreviations.Contains) + 1;
        var of = Array.IndexOf(words, "of", start);
        var end = of > start ? of : words.Length;
        return string.Join(' ', words[start..end]);
    }

    /// <summary>
    /// The name to file an entity under and the aliases to keep, from its canonical name and the names its mentions
    /// use: the canonical name when it can be a person's full name (or a full name used that ends it: "Hillary Clinton"
    /// for "Democrat Hillary Clinton"), else the full name used most often, else the single name used most often; null
    /// (identify by title only) when none can be a person's name. Aliases are the names made of the chosen name's words,
    /// so a wrong link inside one article does not give a person someone else's name.
    /// </summary>
    public static (string? Name, IReadOnlyList<string> Aliases) Choose(string entityName, IEnumerable<string> mentionNames)
    {
        ArgumentNullException.ThrowIfNull(mentionNames);
        var names = mentionNames.Prepend(entityName).Select(Clean).Where(IsPersonName).ToList();
        var canonical = Clean(entityName);
        var name = IsPersonName(canonical) && PersonKeys.Words(canonical).Length >= 2
            ? names.Where(n => PersonKeys.Words(n).Length >= 2 && EndsWith(PersonKeys.Words(canonical), PersonKeys.Words(n)))
                .OrderBy(n => PersonKeys.Words(n).Length).ThenBy(n => n, StringComparer.Ordinal).First()
            : names
                .GroupBy(n => n, StringComparer.Ordinal)
                .OrderByDescending(group => PersonKeys.Words(group.Key).Length >= 2)
                .ThenByDescending(group => group.Count())
                .ThenByDescending(group => group.Key.Length)
                .ThenBy(group => group.Key, StringComparer.Ordinal)
                .Select(group => group.Key)
                .FirstOrDefault();
        if (name is null) return (null, []);
        var words = PersonKeys.Words(name);
        return (name, [.. names.Where(n => PersonKeys.Words(n).All(words.Contains)).Distinct(StringComparer.Ordinal)]);
    }

    private static bool EndsWith(string[] words, string[] ending) =>
        ending.Length <= words.Length && words.AsSpan(words.Length - ending.Length).SequenceEqual(ending);

    /// <summary>Whether a title says something beyond an honorific ("Mr." is no title to keep).</summary>
    public static bool IsTitle(string title) =>
        PersonKeys.Normalize(title) is { Length: > 0 } normal && !PersonKeys.IsHonorific(normal);

    private static bool IsPersonName(string name) => PersonKeys.Words(name).Length is >= 1 and <= MaxWords;
}
