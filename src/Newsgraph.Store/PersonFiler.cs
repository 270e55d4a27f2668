using System.Globalization;
using Newsgraph.Core.People;

namespace Newsgraph.Store;

/// <summary>
/// Files the people of one article under cross-article person records, inside the article's transaction: fetches the
/// candidates by <see cref="PersonKeys"/>, lets <see cref="PersonMatcher"/> decide, then creates or updates the record
/// (names kept as aliases, titles with the dates they were held, first and last appearance, article count).
/// </summary>
internal sealed class PersonFiler
{
    private readonly ArticleWriter _writer;
    private readonly DateOnly? _published;
    private readonly HashSet<long> _counted = [];
    private readonly HashSet<(long, string)> _titlesCounted = [];
    private readonly Statement _insertPerson;
    private readonly Statement _updatePerson;
    private readonly Statement _insertAlias;
    private readonly Statement _insertKey;
    private readonly Statement _upsertTitle;

    public PersonFiler(ArticleWriter writer, DateOnly? published)
    {
        _writer = writer;
        _published = published;
        _insertPerson = writer.Prepare("INSERT INTO persons (name, first_seen, last_seen, articles) VALUES (@name, @date, @date, 0) RETURNING id",
            "@name", "@date");
        _updatePerson = writer.Prepare(
            "UPDATE persons SET name = @name, first_seen = @first, last_seen = @last, articles = articles + @more WHERE id = @id",
            "@name", "@first", "@last", "@more", "@id");
        _insertAlias = writer.Prepare(
            "INSERT INTO person_aliases (person_id, alias_key, alias) VALUES (@person, @key, @alias) ON CONFLICT DO NOTHING",
            "@person", "@key", "@alias");
        _insertKey = writer.Prepare("INSERT INTO person_keys (match_key, person_id) VALUES (@key, @person) ON CONFLICT DO NOTHING",
            "@key", "@person");
        _upsertTitle = writer.Prepare("""
            INSERT INTO person_titles (person_id, title_key, title, first_seen, last_seen, articles)
            VALUES (@person, @key, @title, @date, @date, @more)
            ON CONFLICT (person_id, title_key) DO UPDATE SET
                first_seen = CASE WHEN person_titles.first_seen IS NULL OR excluded.first_seen < person_titles.first_seen
                                  THEN excluded.first_seen ELSE person_titles.first_seen END,
                last_seen = CASE WHEN person_titles.last_seen IS NULL OR excluded.last_seen > person_titles.last_seen
                                 THEN excluded.last_seen ELSE person_titles.last_seen END,
                articles = person_titles.articles + excluded.articles
            """, "@person", "@key", "@title", "@date", "@more");
    }

    /// <summary>
    /// The person record for a sighting, made when none matches; null for a nameless sighting nobody matches.
    /// The sighting's other names ("Ban" beside "Ban Ki-moon") are kept as aliases.
    /// </summary>
    public async Task<long?> FileAsync(PersonSighting sighting)
    {
        var cancellationToken = _writer.CancellationToken;
        sighting = sighting with { Titles = [.. sighting.Titles.Where(PersonNames.IsTitle)] };
        var keys = PersonKeys.ForSighting(sighting).ToArray();
        if (keys.Length == 0) return null;
        var match = PersonMatcher.Match(sighting, await CandidatesAsync(keys).ConfigureAwait(false));
        if (match is null && sighting.Name is null) return null;

        var date = SqlNewsStore.Iso(_published);
        var id = match?.Id ?? Convert.ToInt64(
            await _insertPerson.ScalarAsync(cancellationToken, sighting.Name, date).ConfigureAwait(false), CultureInfo.InvariantCulture);
        var name = match is null || (PersonKeys.Words(match.Name).Length < 2 && sighting.Name is { } full && PersonKeys.Words(full).Length >= 2)
            ? sighting.Name
            : match.Name;
        var first = Earlier(match?.FirstSeen, _published);
        var last = Later(match?.LastSeen, _published);
        await _updatePerson.ExecuteAsync(cancellationToken, name, SqlNewsStore.Iso(first), SqlNewsStore.Iso(last),
            _counted.Add(id) ? 1 : 0, id).ConfigureAwait(false);

        // Only names made of the record's name words: a headline caught as a name ("Donald Trump Leads") may lead to
        // the right person but is no name of theirs.
        var nameWords = PersonKeys.Words(name ?? "");
        var aliases = sighting.OtherNames.Prepend(sighting.Name).OfType<string>()
            .Where(alias => PersonKeys.Words(alias).All(nameWords.Contains)).Distinct().ToList();
        foreach (var alias in aliases)
            await _insertAlias.ExecuteAsync(cancellationToken, id, PersonKeys.NameKey(alias), alias).ConfigureAwait(false);
        var filedUnder = aliases.SelectMany(alias => PersonKeys.ForPerson(alias, [])).Concat(PersonKeys.ForPerson(null, sighting.Titles)).Distinct();
        foreach (var key in filedUnder) await _insertKey.ExecuteAsync(cancellationToken, key, id).ConfigureAwait(false);
        foreach (var title in sighting.Titles)
        {
            var key = PersonKeys.Normalize(title);
            if (key.Length == 0) continue;
            await _upsertTitle.ExecuteAsync(cancellationToken, id, key, title, date, _titlesCounted.Add((id, key)) ? 1 : 0).ConfigureAwait(false);
        }

        return id;
    }

    private async Task<IReadOnlyList<KnownPerson>> CandidatesAsync(string[] keys)
    {
        var (keyList, keyArguments) = SqlNewsStore.InList("@key", keys);
        var ids = await _writer.QueryAsync($"SELECT DISTINCT person_id FROM person_keys WHERE match_key IN ({keyList})", keyArguments,
            static r => r.GetInt64(0)).ConfigureAwait(false);
        if (ids.Count == 0) return [];

        var (idList, idArguments) = SqlNewsStore.InList("@id", ids);
        var aliases = (await _writer.QueryAsync($"SELECT person_id, alias FROM person_aliases WHERE person_id IN ({idList}) ORDER BY alias_key",
            idArguments, static r => (Id: r.GetInt64(0), Alias: r.GetString(1))).ConfigureAwait(false)).ToLookup(a => a.Id, a => a.Alias);
        var titles = (await _writer.QueryAsync($"SELECT person_id, title FROM person_titles WHERE person_id IN ({idList}) ORDER BY title_key",
            idArguments, static r => (Id: r.GetInt64(0), Title: r.GetString(1))).ConfigureAwait(false)).ToLookup(t => t.Id, t => t.Title);
        return await _writer.QueryAsync(
            $"SELECT id, name, first_seen, last_seen, articles FROM persons WHERE id IN ({idList}) ORDER BY id", idArguments,
            r => new KnownPerson(r.GetInt64(0), r.GetString(1), [.. aliases[r.GetInt64(0)]], [.. titles[r.GetInt64(0)]],
                SqlNewsStore.Date(r, 2), SqlNewsStore.Date(r, 3),
                Convert.ToInt32(r.GetValue(4), CultureInfo.InvariantCulture))).ConfigureAwait(false);
    }

    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
