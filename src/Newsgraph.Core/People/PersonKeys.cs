using System.Text;

namespace Newsgraph.Core.People;

/// <summary>
/// Normalised names and titles, and the lookup keys under which a store files people so that it can fetch the few
/// candidates a sighting might be: <c>name:</c> a full name, <c>word:</c> one name word, <c>title:</c> a title or its
/// ending of two words or more.
/// </summary>
public static class PersonKeys
{
    /// <summary>The prefix of full-name keys.</summary>
    public const string NamePrefix = "name:";

    /// <summary>Lower case, dashes and apostrophe variants unified, "the" dropped in front, single spaces.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if (c is '\'' or '’' or '.') continue;
            else if (builder.Length > 0 && builder[^1] != ' ') builder.Append(' ');
        }

        var normal = builder.ToString().TrimEnd();
        return normal.StartsWith("the ", StringComparison.Ordinal) ? normal[4..] : normal;
    }

    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "rev", "reverend",
    };

    /// <summary>
    /// The normalised words of a name without a leading honorific or middle initials ("Ban Ki-moon" → ban, ki, moon;
    /// "Mr Ban" → ban; "Donald J. Trump" → donald, trump).
    /// </summary>
    public static string[] Words(string name)
    {
        var words = Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && Honorifics.Contains(words[0])) words = words[1..];
        return words.Length > 2 ? words.Where((word, i) => word.Length > 1 || i == 0 || i == words.Length - 1).ToArray() : words;
    }

    /// <summary>Whether a normalised word is an honorific ("mr", "dr").</summary>
    public static bool IsHonorific(string word) => Honorifics.Contains(word);

    /// <summary>A name as a key: its words without a leading honorific ("Mr Ban" and "ban" are the same key).</summary>
    public static string NameKey(string name) => string.Join(' ', Words(name));

    /// <summary>The keys to look up the candidates for a sighting.</summary>
    public static IEnumerable<string> ForSighting(PersonSighting sighting)
    {
        ArgumentNullException.ThrowIfNull(sighting);
        if (sighting.Name is { } name)
        {
            var words = Words(name);
            if (words.Length >= 2) yield return NamePrefix + NameKey(name);
            if (words.Length >= 3) yield return NamePrefix + string.Join(' ', words[^2..]);
            foreach (var other in sighting.OtherNames.Where(other => Words(other).Length >= 2)) yield return NamePrefix + NameKey(other);
            foreach (var word in words.Distinct()) yield return "word:" + word;
        }
        else
        {
            foreach (var title in sighting.Titles.Select(Normalize).Where(t => t.Length > 0).Distinct()) yield return "title:" + title;
        }
    }

    /// <summary>The keys to file a person under, for one of their names and the titles they hold.</summary>
    public static IEnumerable<string> ForPerson(string? alias, IEnumerable<string> titles)
    {
        ArgumentNullException.ThrowIfNull(titles);
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        if (alias is not null)
        {
            var words = Words(alias);
            if (words.Length >= 2) keys.Add(NamePrefix + NameKey(alias));
            foreach (var word in words) keys.Add("word:" + word);
        }

        foreach (var title in titles)
        {
            var words = Words(title);
            for (var start = 0; start < words.Length; start++)
            {
                // Every ending of two words or more, and the whole title: what TitlesMatch accepts.
                if (start == 0 || words.Length - start >= 2) keys.Add("title:" + string.Join(' ', words[start..]));
            }
        }

        return keys;
    }
}
