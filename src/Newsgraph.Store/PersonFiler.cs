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

    public PersonFiler(ArticleWriter writer, DateOnly? published)
    {
        _writer = writer;
        _published = published;
        _insertPerson = writer.Prepare("INSERT INTO persons (name, first_seen, last_seen, articles) VALUES (@name, @date, @date, 0) RETURNING id",
            "@name", "@date");
        _updatePerson = writer.Prepare(
            "UPDATE persons SET name = @name, first_seen = @first, last_seen = @last, articles = articles + @more WHERE id = @id",
            "@name", "@first", "@last", "@more", "@id");
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
        // Full names first: most are on record already, and fetching everyone who shares a name word ("John") with
        // all their titles costs far more. Those candidates hold every person the name rules could pick, so the
        // wider search only runs when they find nobody.
        var nameKeys = keys.Where(key => key.StartsWith(PersonKeys.NamePrefix, StringComparison.Ordinal)).ToArray();
        var match = nameKeys.Length > 0 ? PersonMatcher.Match(sighting, await CandidatesAsync(nameKeys).ConfigureAwait(false)) : null;
        if (match is null && nameKeys.Length < keys.Length)
            match = PersonMatcher.Match(sighting, await CandidatesAsync(keys).ConfigureAwait(false));
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
        var aliasRows = new RowInsert("person_aliases", "person_id", "alias_key", "alias");
        foreach (var alias in aliases) aliasRows.Add(id, PersonKeys.NameKey(alias), alias);
        await _writer.InsertAsync(aliasRows, "ON CONFLICT DO NOTHING").ConfigureAwait(false);

        var keyRows = new RowInsert("person_keys", "match_key", "person_id");
        foreach (var key in aliases.SelectMany(alias => PersonKeys.ForPerson(alias, [])).Concat(PersonKeys.ForPerson(null, sighting.Titles)).Distinct())
            keyRows.Add(key, id);
        await _writer.InsertAsync(keyRows, "ON CONFLICT DO NOTHING").ConfigureAwait(false);

        var titleRows = new RowInsert("person_titles", "person_id", "title_key", "title", "first_seen", "last_seen", "articles");
        foreach (var title in sighting.Titles.DistinctBy(PersonKeys.Normalize))
            titleRows.Add(id, PersonKeys.Normalize(title), title, date, date, _titlesCounted.Add((id, PersonKeys.Normalize(title))) ? 1 : 0);
        await _writer.InsertAsync(titleRows, """
            ON CONFLICT (person_id, title_key) DO UPDATE SET
                first_seen = CASE WHEN person_titles.first_seen IS NULL OR excluded.first_seen < person_titles.first_seen
                                  THEN excluded.first_seen ELSE person_titles.first_seen END,
                last_seen = CASE WHEN person_titles.last_seen IS NULL OR excluded.last_seen > person_titles.last_seen
                                 THEN excluded.last_seen ELSE person_titles.last_seen END,
                articles = person_titles.articles + excluded.articles
            """).ConfigureAwait(false);
        return id;
    }

    /// <summary>The people filed under any of the keys, with their aliases and titles: two queries.</summary>
    private async Task<IReadOnlyList<KnownPerson>> CandidatesAsync(string[] keys)
    {
        var (keyList, arguments) = SqlNewsStore.InList("@key", keys);
        var filed = $"SELECT person_id FROM person_keys WHERE match_key IN ({keyList})";
        var rows = await _writer.QueryAsync($"""
            SELECT p.id, p.name, p.first_seen, p.last_seen, p.articles, a.alias
            FROM persons p LEFT JOIN person_aliases a ON a.person_id = p.id
            WHERE p.id IN ({filed}) ORDER BY p.id, a.alias_key
            """, arguments, static r => (Person: new KnownPerson(r.GetInt64(0), r.GetString(1), [], [], SqlNewsStore.Date(r, 2), SqlNewsStore.Date(r, 3),
                Convert.ToInt32(r.GetValue(4), CultureInfo.InvariantCulture)), Alias: r.IsDBNull(5) ? null : r.GetString(5))).ConfigureAwait(false);
        if (rows.Count == 0) return [];
        var titles = (await _writer.QueryAsync($"SELECT person_id, title FROM person_titles WHERE person_id IN ({filed}) ORDER BY title_key",
            arguments, static r => (Id: r.GetInt64(0), Title: r.GetString(1))).ConfigureAwait(false)).ToLookup(t => t.Id, t => t.Title);
        return [.. rows.GroupBy(row => row.Person.Id).Select(person => person.First().Person with
        {
            Aliases = [.. person.Select(row => row.Alias).OfType<string>()],
            Titles = [.. titles[person.Key]],
        })];
    }

    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
