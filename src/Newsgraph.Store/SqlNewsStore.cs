using System.Data.Common;
using System.Globalization;
using Newsgraph.Core;
using Newsgraph.Core.Mentions;
using Newsgraph.Core.People;
using Newsgraph.Core.Quotes;
using Newsgraph.Core.Time;

namespace Newsgraph.Store;

/// <summary>
/// The store over any ADO.NET database: one SQL text for both backends, the differences kept in a <see cref="SqlDialect"/>.
/// Each call opens its own (pooled) connection, so one instance serves many threads.
/// </summary>
internal abstract class SqlNewsStore : INewsStore
{
    private const int AssociateLimit = 20;
    private const int ProfileQuoteLimit = 200;
    private const int ProfileEventLimit = 200;

    protected SqlNewsStore(SqlDialect dialect) => Dialect = dialect;

    public abstract string Location { get; }

    protected SqlDialect Dialect { get; }

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>An open connection, ready for statements (per-connection settings applied).</summary>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Creates whatever part of the schema is missing; a store at the current version is only read, which
    /// keeps opening one quick and needs no write access.</summary>
    protected async Task CreateSchemaAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        if (await SchemaVersionAsync(connection, cancellationToken).ConfigureAwait(false) == Schema.Version) return;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var sql in Schema.Statements(Dialect))
        {
            await using var statement = new Statement(connection, transaction, sql);
            await statement.ExecuteAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<int?> SchemaVersionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using (var exists = new Statement(connection, null, Dialect.TableExists, "@table"))
        {
            if (await exists.ScalarAsync(cancellationToken, Schema.VersionTable).ConfigureAwait(false) is null) return null;
        }

        await using var version = new Statement(connection, null, $"SELECT MAX(version) FROM {Schema.VersionTable}");
        return await version.ScalarAsync(cancellationToken).ConfigureAwait(false) is { } value ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : null;
    }

    public async Task<bool> ContainsAsync(string contentHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var statement = new Statement(connection, null, "SELECT 1 FROM articles WHERE content_hash = @hash", "@hash");
        return await statement.ScalarAsync(cancellationToken, contentHash).ConfigureAwait(false) is not null;
    }

    public async Task<StoreOutcome> StoreAsync(ArticleMetadata metadata, Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(document);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var writer = new ArticleWriter(connection, transaction, Dialect, document, cancellationToken);
        await using (writer.ConfigureAwait(false))
        {
            if (!await writer.WriteAsync(metadata).ConfigureAwait(false)) return StoreOutcome.AlreadyStored;
        }

        // Not cancellable: once every row is written, committing is what makes the article whole.
        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        return StoreOutcome.Added;
    }

    public async Task<IReadOnlyList<QuoteHit>> FindQuotesAsync(QuoteQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await FindQuotesAsync(connection, query, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<SpeakerCount>> TopSpeakersAsync(QuoteQuery query, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        CheckPage(limit, 0);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var filter = await QuoteFilterAsync(connection, query, cancellationToken).ConfigureAwait(false);
        if (filter is null) return [];
        filter.Arguments.Add(("@limit", limit));
        return await QueryAsync(connection, $"""
            SELECT p.id, p.name, COUNT(*) AS quotes
            FROM quote_speakers s JOIN quotes q ON q.id = s.quote_id JOIN articles a ON a.id = q.article_id
            JOIN persons p ON p.id = s.person_id
            WHERE {filter.Condition}
            GROUP BY p.id, p.name ORDER BY quotes DESC, p.name, p.id LIMIT @limit
            """, filter.Arguments, static r => new SpeakerCount(r.GetInt64(0), r.GetString(1), Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture)),
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<DayCount>> QuotesPerDayAsync(QuoteQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var filter = await QuoteFilterAsync(connection, query, cancellationToken).ConfigureAwait(false);
        if (filter is null) return [];
        return await QueryAsync(connection, $"""
            SELECT a.published, COUNT(*) AS quotes
            FROM quotes q JOIN articles a ON a.id = q.article_id
            WHERE {filter.Condition} AND a.published IS NOT NULL
            GROUP BY a.published ORDER BY a.published
            """, filter.Arguments, static r => new DayCount(Date(r, 0)!.Value, Int(r, 1)), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<PersonSummary>> FindPeopleAsync(PeopleQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        CheckPage(query.Limit, query.Offset);
        var conditions = new List<string> { "1 = 1" };
        var arguments = new List<(string, object?)> { ("@limit", query.Limit), ("@offset", query.Offset) };
        foreach (var (word, i) in PersonKeys.Words(query.Name ?? "").Select((w, i) => (w, i)))
        {
            conditions.Add($"p.id IN (SELECT person_id FROM person_keys WHERE match_key = @name{i})");
            arguments.Add(($"@name{i}", "word:" + word));
        }

        foreach (var (word, i) in PersonKeys.Words(query.Title ?? "").Select((w, i) => (w, i)))
        {
            conditions.Add($"p.id IN (SELECT person_id FROM person_titles WHERE ' ' || title_key || ' ' LIKE @title{i})");
            arguments.Add(($"@title{i}", $"% {word} %"));
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await PeopleAsync(connection, string.Join(" AND ", conditions), arguments, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<PersonSummary>> ResolvePersonAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var ids = await PersonIdsAsync(connection, name, cancellationToken).ConfigureAwait(false);
        if (ids.Count == 0) return [];
        var (list, arguments) = InList("@id", ids);
        return await PeopleAsync(connection, $"p.id IN ({list})", [.. arguments, ("@limit", ids.Count), ("@offset", 0)], cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<PersonProfile?> GetPersonAsync(long personId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var people = await PeopleAsync(connection, "p.id = @id", [("@id", personId), ("@limit", 1), ("@offset", 0)], cancellationToken)
            .ConfigureAwait(false);
        if (people.Count == 0) return null;
        var titles = await QueryAsync(connection, """
            SELECT title, first_seen, last_seen, articles FROM person_titles WHERE person_id = @id
            ORDER BY first_seen, title_key
            """, [("@id", personId)], static r => new TitleHeld(r.GetString(0), Date(r, 1), Date(r, 2), Int(r, 3)), cancellationToken)
            .ConfigureAwait(false);
        var quotes = await FindQuotesAsync(connection, new QuoteQuery(SpeakerId: personId, Limit: ProfileQuoteLimit), cancellationToken)
            .ConfigureAwait(false);
        var associates = await QueryAsync(connection, """
            SELECT pair.other, p.name, COUNT(*) AS sentences, COUNT(DISTINCT pair.article_id) AS articles
            FROM (SELECT DISTINCT m1.article_id, m1.sentence, m2.person_id AS other
                  FROM mentions m1 JOIN mentions m2 ON m2.article_id = m1.article_id AND m2.sentence = m1.sentence
                  WHERE m1.person_id = @id AND m2.person_id IS NOT NULL AND m2.person_id <> @id) pair
            JOIN persons p ON p.id = pair.other
            GROUP BY pair.other, p.name ORDER BY sentences DESC, p.name, pair.other LIMIT @limit
            """, [("@id", personId), ("@limit", AssociateLimit)],
            static r => new Associate(r.GetInt64(0), r.GetString(1), Int(r, 2), Int(r, 3)), cancellationToken).ConfigureAwait(false);
        var events = await FindEventsAsync(connection, personId, ProfileEventLimit, cancellationToken).ConfigureAwait(false);
        return new PersonProfile(people[0], titles, quotes, associates, events);
    }

    public async Task<ArticleView?> GetArticleAsync(long articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var head = await QueryAsync(connection, ArticleSummarySql("a.id = @id", ", a.byline, a.text"),
            [("@id", articleId)], static r => (Summary: ArticleSummaryOf(r), Byline: Text(r, 7), Text: r.GetString(8)), cancellationToken)
            .ConfigureAwait(false);
        if (head.Count == 0) return null;
        IReadOnlyList<(string, object?)> byArticle = [("@id", articleId)];

        var mentions = (await QueryAsync(connection, """
            SELECT entity_id, start_offset, end_offset, kind, title_start, title_end FROM mentions
            WHERE article_id = @id AND entity_id IS NOT NULL ORDER BY start_offset, end_offset
            """, byArticle, static r => (Entity: r.GetInt64(0), Mention: new MentionView(
                new TextSpan(Int(r, 1), Int(r, 2)), Enum.Parse<MentionKind>(r.GetString(3)), Span(r, 4))), cancellationToken)
            .ConfigureAwait(false)).ToLookup(m => m.Entity, m => m.Mention);
        var entities = await QueryAsync(connection, """
            SELECT id, number, type, name, gender, person_id FROM entities WHERE article_id = @id ORDER BY number
            """, byArticle, r => new EntityView(r.GetInt64(0), Int(r, 1), Enum.Parse<EntityType>(r.GetString(2)), r.GetString(3),
                Enum.Parse<Gender>(r.GetString(4)), Long(r, 5), [.. mentions[r.GetInt64(0)]]), cancellationToken).ConfigureAwait(false);

        var parts = (await QueryAsync(connection, """
            SELECT qp.quote_id, qp.start_offset, qp.end_offset FROM quote_parts qp JOIN quotes q ON q.id = qp.quote_id
            WHERE q.article_id = @id ORDER BY qp.quote_id, qp.start_offset
            """, byArticle, static r => (Quote: r.GetInt64(0), Part: new TextSpan(Int(r, 1), Int(r, 2))), cancellationToken)
            .ConfigureAwait(false)).ToLookup(p => p.Quote, p => p.Part);
        var quotes = await QueryAsync(connection, """
            SELECT q.id, q.kind, q.start_offset, q.end_offset, q.cue_start, q.cue_end, q.source_start, q.source_end,
                   q.speaker_entity_id, q.speaker_person_id, COALESCE(p.name, e.name), q.rule
            FROM quotes q LEFT JOIN persons p ON p.id = q.speaker_person_id LEFT JOIN entities e ON e.id = q.speaker_entity_id
            WHERE q.article_id = @id ORDER BY q.start_offset, q.id
            """, byArticle, r => new QuoteView(r.GetInt64(0), Enum.Parse<QuoteKind>(r.GetString(1)), new TextSpan(Int(r, 2), Int(r, 3)),
                [.. parts[r.GetInt64(0)]], Span(r, 4), Span(r, 6), Long(r, 8), Long(r, 9), Text(r, 10),
                Enum.Parse<AttributionRule>(r.GetString(11))), cancellationToken).ConfigureAwait(false);
        var timexes = await QueryAsync(connection, """
            SELECT start_offset, end_offset, type, value, modifier FROM timexes WHERE article_id = @id ORDER BY start_offset
            """, byArticle, static r => new TimexView(new TextSpan(Int(r, 0), Int(r, 1)), Enum.Parse<TimexType>(r.GetString(2)),
                r.GetString(3), Enum.Parse<TimexModifier>(r.GetString(4))), cancellationToken).ConfigureAwait(false);
        var (summary, byline, text) = head[0];
        return new ArticleView(summary, byline, text, entities, quotes, timexes);
    }

    public async Task<IReadOnlyList<ArticleSummary>> ListArticlesAsync(int limit, int offset = 0, CancellationToken cancellationToken = default)
    {
        CheckPage(limit, offset);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await QueryAsync(connection, ArticleSummarySql("1 = 1") + " ORDER BY a.published DESC, a.id DESC LIMIT @limit OFFSET @offset",
            [("@limit", limit), ("@offset", offset)], ArticleSummaryOf, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<PersonLink>> PersonLinksAsync(int limit, CancellationToken cancellationToken = default)
    {
        CheckPage(limit, 0);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await QueryAsync(connection, """
            SELECT pair.first_id, p1.name, pair.second_id, p2.name, COUNT(*) AS sentences, COUNT(DISTINCT pair.article_id)
            FROM (SELECT DISTINCT m1.article_id, m1.sentence, m1.person_id AS first_id, m2.person_id AS second_id
                  FROM mentions m1 JOIN mentions m2 ON m2.article_id = m1.article_id AND m2.sentence = m1.sentence
                  WHERE m1.person_id IS NOT NULL AND m2.person_id IS NOT NULL AND m1.person_id < m2.person_id) pair
            JOIN persons p1 ON p1.id = pair.first_id JOIN persons p2 ON p2.id = pair.second_id
            GROUP BY pair.first_id, p1.name, pair.second_id, p2.name
            ORDER BY sentences DESC, pair.first_id, pair.second_id LIMIT @limit
            """, [("@limit", limit)], static r => new PersonLink(r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetString(3), Int(r, 4), Int(r, 5)),
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<EventView>> FindEventsAsync(long? personId, int limit, CancellationToken cancellationToken = default)
    {
        CheckPage(limit, 0);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await FindEventsAsync(connection, personId, limit, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<EventView>> FindEventsAsync(DbConnection connection, long? personId, int limit, CancellationToken cancellationToken)
    {
        var condition = personId is null ? "1 = 1" : "(v.source_person_id = @person OR v.target_person_id = @person)";
        List<(string, object?)> arguments = [("@limit", limit)];
        if (personId is { } id) arguments.Add(("@person", id));
        return await QueryAsync(connection, $"""
            SELECT v.id, v.article_id, v.source_person_id, s.name, v.source_actor, v.target_person_id, t.name, v.target_actor,
                   v.code, v.label, v.event_date, v.trigger_start, v.trigger_end
            FROM events v LEFT JOIN persons s ON s.id = v.source_person_id LEFT JOIN persons t ON t.id = v.target_person_id
            WHERE {condition}
            ORDER BY v.event_date, v.article_id, v.trigger_start, v.id LIMIT @limit
            """, arguments, static r => new EventView(r.GetInt64(0), r.GetInt64(1), Long(r, 2), Text(r, 3), Text(r, 4), Long(r, 5), Text(r, 6),
                Text(r, 7), r.GetString(8), r.GetString(9), Date(r, 10), new TextSpan(Int(r, 11), Int(r, 12))), cancellationToken).ConfigureAwait(false);
    }

    public async Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var counts = await QueryAsync(connection, """
            SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM persons), (SELECT COUNT(*) FROM quotes),
                   (SELECT COUNT(*) FROM entities)
            """, [], static r => new StoreCounts(Int(r, 0), Int(r, 1), Int(r, 2), Int(r, 3)), cancellationToken).ConfigureAwait(false);
        return counts[0];
    }

    private async Task<IReadOnlyList<QuoteHit>> FindQuotesAsync(DbConnection connection, QuoteQuery query, CancellationToken cancellationToken)
    {
        CheckPage(query.Limit, query.Offset);
        var filter = await QuoteFilterAsync(connection, query, cancellationToken).ConfigureAwait(false);
        if (filter is null) return [];
        filter.Arguments.Add(("@limit", query.Limit));
        filter.Arguments.Add(("@offset", query.Offset));
        return await QueryAsync(connection, $"""
            SELECT q.id, q.article_id, a.source_id, a.title, a.published, q.kind, q.text, q.start_offset, q.end_offset,
                   q.speaker_person_id, p.name, q.source_text, q.cue_text, q.rule
            FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN persons p ON p.id = q.speaker_person_id
            WHERE {filter.Condition}
            ORDER BY a.published, a.id, q.start_offset, q.id LIMIT @limit OFFSET @offset
            """, filter.Arguments, static r => new QuoteHit(r.GetInt64(0), r.GetInt64(1), r.GetString(2), Text(r, 3), Date(r, 4),
                Enum.Parse<QuoteKind>(r.GetString(5)), r.GetString(6), new TextSpan(Int(r, 7), Int(r, 8)), Long(r, 9), Text(r, 10),
                Text(r, 11), Text(r, 12), Enum.Parse<AttributionRule>(r.GetString(13))), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The WHERE condition over quotes q and articles a for a query; null when it cannot match anything.</summary>
    private async Task<QuoteFilter?> QuoteFilterAsync(DbConnection connection, QuoteQuery query, CancellationToken cancellationToken)
    {
        var conditions = new List<string> { "1 = 1" };
        var arguments = new List<(string, object?)>();
        var speakers = new List<long>();
        if (query.SpeakerId is { } id) speakers.Add(id);
        if (query.Speaker is { } name)
        {
            var named = await PersonIdsAsync(connection, name, cancellationToken).ConfigureAwait(false);
            if (query.SpeakerId is not null) speakers.RemoveAll(s => !named.Contains(s));
            else speakers.AddRange(named);
            if (speakers.Count == 0) return null;
        }

        if (speakers.Count > 0)
        {
            var (list, listArguments) = InList("@speaker", speakers);
            conditions.Add($"q.id IN (SELECT quote_id FROM quote_speakers WHERE person_id IN ({list}))");
            arguments.AddRange(listArguments);
        }

        if (query.From is { } from)
        {
            conditions.Add("a.published >= @from");
            arguments.Add(("@from", Iso(from)));
        }

        if (query.To is { } to)
        {
            conditions.Add("a.published <= @to");
            arguments.Add(("@to", Iso(to)));
        }

        if (query.ArticleId is { } article)
        {
            conditions.Add("q.article_id = @article");
            arguments.Add(("@article", article));
        }

        if (query.Text is { } words)
        {
            if (Dialect.FullTextArgument(words) is not { } fullText) return null;
            conditions.Add(Dialect.FullTextCondition);
            arguments.Add(("@fts", fullText));
        }

        return new QuoteFilter(string.Join(" AND ", conditions), arguments);
    }

    /// <summary>The people a name refers to: those with it as an alias, else, for one word, those with that name word.</summary>
    private static async Task<IReadOnlyList<long>> PersonIdsAsync(DbConnection connection, string name, CancellationToken cancellationToken)
    {
        var key = PersonKeys.NameKey(name);
        var ids = await QueryAsync(connection, "SELECT DISTINCT person_id FROM person_aliases WHERE alias_key = @key ORDER BY person_id",
            [("@key", key)], static r => r.GetInt64(0), cancellationToken).ConfigureAwait(false);
        if (ids.Count > 0 || key.Contains(' ', StringComparison.Ordinal) || key.Length == 0) return ids;
        return await QueryAsync(connection, "SELECT person_id FROM person_keys WHERE match_key = @key ORDER BY person_id",
            [("@key", "word:" + key)], static r => r.GetInt64(0), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<PersonSummary>> PeopleAsync(
        DbConnection connection, string condition, IReadOnlyList<(string, object?)> arguments, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(connection, $"""
            SELECT p.id, p.name, p.first_seen, p.last_seen, p.articles,
                   (SELECT COUNT(*) FROM quote_speakers s WHERE s.person_id = p.id) AS quotes
            FROM persons p WHERE {condition}
            ORDER BY quotes DESC, p.articles DESC, p.name, p.id LIMIT @limit OFFSET @offset
            """, arguments, static r => (Id: r.GetInt64(0), Name: r.GetString(1), First: Date(r, 2), Last: Date(r, 3), Articles: Int(r, 4),
                Quotes: Int(r, 5)), cancellationToken).ConfigureAwait(false);
        var people = new List<PersonSummary>(rows.Count);
        foreach (var row in rows)
        {
            IReadOnlyList<(string, object?)> byPerson = [("@id", row.Id)];
            var aliases = await QueryAsync(connection, "SELECT alias FROM person_aliases WHERE person_id = @id ORDER BY alias_key",
                byPerson, static r => r.GetString(0), cancellationToken).ConfigureAwait(false);
            var titles = await QueryAsync(connection, "SELECT title FROM person_titles WHERE person_id = @id ORDER BY articles DESC, title_key",
                byPerson, static r => r.GetString(0), cancellationToken).ConfigureAwait(false);
            people.Add(new PersonSummary(row.Id, row.Name, aliases, titles, row.Quotes, row.Articles, row.First, row.Last));
        }

        return people;
    }

    /// <summary>Refuses what SQL would read differently by backend (SQLite takes a negative LIMIT as none).</summary>
    private static void CheckPage(int limit, int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
    }

    private static string ArticleSummarySql(string condition, string moreColumns = "") => $"""
        SELECT a.id, a.source_id, a.title, a.url, a.published, a.words,
               (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id){moreColumns}
        FROM articles a WHERE {condition}
        """;

    private static ArticleSummary ArticleSummaryOf(DbDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), Text(r, 2), Text(r, 3), Date(r, 4), Int(r, 5), Int(r, 6));

    internal static async Task<IReadOnlyList<T>> QueryAsync<T>(
        DbConnection connection, string sql, IReadOnlyList<(string Name, object? Value)> arguments, Func<DbDataReader, T> map,
        CancellationToken cancellationToken, DbTransaction? transaction = null)
    {
        await using var statement = new Statement(connection, transaction, sql, [.. arguments.Select(a => a.Name)]);
        await using var reader = await statement.ReadAsync(cancellationToken, [.. arguments.Select(a => a.Value)]).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) rows.Add(map(reader));
        return rows;
    }

    /// <summary>A parameter list for SQL IN (...): "@p0, @p1" and its arguments.</summary>
    internal static (string List, IReadOnlyList<(string, object?)> Arguments) InList<T>(string prefix, IEnumerable<T> values)
    {
        var arguments = values.Select((value, i) => ($"{prefix}{i}", (object?)value)).ToArray();
        return (string.Join(", ", arguments.Select(a => a.Item1)), arguments);
    }

    internal static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static DateOnly? Date(DbDataReader r, int column) =>
        r.IsDBNull(column) ? null : DateOnly.ParseExact(r.GetString(column), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Text(DbDataReader r, int column) => r.IsDBNull(column) ? null : r.GetString(column);

    private static int Int(DbDataReader r, int column) => Convert.ToInt32(r.GetValue(column), CultureInfo.InvariantCulture);

    private static long? Long(DbDataReader r, int column) => r.IsDBNull(column) ? null : Convert.ToInt64(r.GetValue(column), CultureInfo.InvariantCulture);

    private static TextSpan? Span(DbDataReader r, int column) =>
        r.IsDBNull(column) ? null : new TextSpan(Int(r, column), Int(r, column + 1));

    private sealed record QuoteFilter(string Condition, List<(string, object?)> Arguments);
}
