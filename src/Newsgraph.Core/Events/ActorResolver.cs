using Newsgraph.Core.Mentions;

namespace Newsgraph.Core.Events;

/// <summary>
/// CAMEO actor codes for the entities of an article on its date. A person's titles are read as country + role
/// ("US Secretary of State" → USA + GOV = USAGOV): the article says what the person is at its date, which the
/// dictionary may not know yet (or at all). Otherwise the person's name is looked up in the actor dictionaries with
/// their date restrictions (Mahmoud Abbas is PSEELI before 2003 and PSEGOV after 2005); organisations, places and
/// nationalities are looked up by name (Hamas → PSEREBHMS, Ramallah → PSE).
/// </summary>
internal sealed class ActorResolver(EventDictionaries dictionaries)
{
    // Articles name the same people and places again and again; the cache is dropped when it grows past its bound.
    private const int MaxCached = 100_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(EntityType, string, string, DateOnly?), string?> _cache = new();

    public string? CodeOf(Entity entity, DateOnly? date)
    {
        var key = (entity.Type, entity.Name, entity.Titles.Count == 0 ? "" : string.Join('\n', entity.Titles), date);
        if (_cache.TryGetValue(key, out var cached)) return cached;
        if (_cache.Count > MaxCached) _cache.Clear();
        return _cache[key] = Resolve(entity, date);
    }

    private string? Resolve(Entity entity, DateOnly? date)
    {
        var byName = dictionaries.Actors.CodeOf(entity.Name, date);
        if (entity.Type != EntityType.Person) return byName ?? AgentCode(entity.Name, null);

        string? partial = null;
        foreach (var title in entity.Titles)
        {
            var (code, complete) = CodeOfTitle(title, date);
            if (code is null) continue;
            // A full title (country and role) wins unless the dictionary puts the person in another country.
            if (complete && (byName is null || byName.StartsWith(code[..Math.Min(3, code.Length)], StringComparison.Ordinal))) return code;
            partial ??= code;
        }

        // A name the tagger kept whole with its title ("French Foreign Minister Anne Dupont").
        var (fromName, nameComplete) = CodeOfTitle(entity.Name, date);
        return byName ?? (nameComplete ? fromName : null) ?? partial ?? fromName;
    }

    /// <summary>
    /// A title as an actor code: the whole title when the dictionaries know it ("UN Secretary General" → IGOUNO), else
    /// its longest leading country phrase joined with the agent the rest names ("Jordan’s Foreign Minister" → JORGOV).
    /// Complete when it names both, or names an organisation code that needs no role.
    /// </summary>
    public (string? Code, bool Complete) CodeOfTitle(string title, DateOnly? date)
    {
        var words = title.Replace("’s", "", StringComparison.Ordinal).Replace("'s", "", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return (null, false);
        if (dictionaries.Actors.CodeOf(string.Join(' ', words), date) is { } whole) return (whole, true);

        for (var split = words.Length - 1; split >= 1; split--)
        {
            if (dictionaries.Actors.CodeOf(string.Join(' ', words[..split]), date) is not { } country) continue;
            // Organisation codes (IGOUNO, PSEREBHMS) already say what the holder is.
            if (country.Length > 3) return (country, true);
            var role = string.Join(' ', words[split..]);
            return AgentCode(role, country) is { } joined ? (joined, true) : (country, false);
        }

        return (AgentCode(string.Join(' ', words), null), false);
    }

    /// <summary>The agent a role phrase names, joined to a country code: the longest run of its words the agents dictionary knows.</summary>
    private string? AgentCode(string role, string? country)
    {
        var words = role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var length = words.Length; length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                var key = PhraseKey.Of(string.Join(' ', words[start..(start + length)]));
                if (dictionaries.Agents.Phrases.Get(key) is { } agent) return agent.JoinTo(country);
            }
        }

        return null;
    }
}
