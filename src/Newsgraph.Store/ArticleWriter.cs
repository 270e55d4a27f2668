using System.Data.Common;
using System.Globalization;
using Newsgraph.Core;
using Newsgraph.Core.Events;
using Newsgraph.Core.Mentions;
using Newsgraph.Core.People;
using Newsgraph.Core.Quotes;

namespace Newsgraph.Store;

/// <summary>Writes one analysed document inside the caller's transaction, filing its people under person records.</summary>
internal sealed class ArticleWriter : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly SqlDialect _dialect;
    private readonly Document _document;
    private readonly CancellationToken _cancellationToken;
    private readonly List<Statement> _statements = [];

    public ArticleWriter(DbConnection connection, DbTransaction transaction, SqlDialect dialect, Document document, CancellationToken cancellationToken)
    {
        _connection = connection;
        _transaction = transaction;
        _dialect = dialect;
        _document = document;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Writes the article; false when one with the same text is stored already (then nothing was written).</summary>
    public async Task<bool> WriteAsync(ArticleMetadata metadata)
    {
        var document = _document;
        var insertArticle = Prepare("""
            INSERT INTO articles (content_hash, source_id, title, url, byline, published, text, words)
            VALUES (@hash, @source, @title, @url, @byline, @published, @text, @words)
            ON CONFLICT (content_hash) DO NOTHING RETURNING id
            """, "@hash", "@source", "@title", "@url", "@byline", "@published", "@text", "@words");
        var inserted = await insertArticle.ScalarAsync(_cancellationToken, ContentHash.Of(document.Text), document.Id, metadata.Title,
            metadata.Url, metadata.Byline, SqlNewsStore.Iso(document.Published), document.Text, document.WordCount).ConfigureAwait(false);
        if (inserted is null) return false;
        var articleId = Convert.ToInt64(inserted, CultureInfo.InvariantCulture);

        // People first: entities carry their person record.
        var people = new PersonFiler(this, document.Published);
        var personIds = new long?[document.Entities.Count];
        for (var e = 0; e < document.Entities.Count; e++)
        {
            var entity = document.Entities[e];
            personIds[e] = entity.Type == EntityType.Person ? await FilePersonAsync(people, entity).ConfigureAwait(false) : null;
        }

        var sourcePersons = await TitledSourcesAsync(people).ConfigureAwait(false);

        var entities = new RowInsert("entities", "article_id", "number", "type", "name", "gender", "person_id");
        for (var e = 0; e < document.Entities.Count; e++)
        {
            var entity = document.Entities[e];
            entities.Add(articleId, e, entity.Type.ToString(), entity.Name, entity.Gender.ToString(), personIds[e]);
        }

        var entityIds = new long[document.Entities.Count];
        foreach (var (id, number) in await entities.ReturningAsync(_connection, _transaction, _dialect.MaxParameters, "id, number", IdAndNumber, _cancellationToken)
                     .ConfigureAwait(false))
            entityIds[number] = id;

        var mentions = new RowInsert("mentions",
            "article_id", "entity_id", "person_id", "start_offset", "end_offset", "kind", "sentence", "title_start", "title_end");
        for (var m = 0; m < document.Mentions.Count; m++)
        {
            var mention = document.Mentions[m];
            var entity = document.EntityOf(m);
            mentions.Add(articleId, entity >= 0 ? entityIds[entity] : null,
                entity >= 0 ? personIds[entity] : sourcePersons.GetValueOrDefault(mention.Span), mention.Span.Start, mention.Span.End,
                mention.Kind.ToString(), mention.Sentence, mention.Title?.Start, mention.Title?.End);
        }

        await InsertAsync(mentions).ConfigureAwait(false);
        await WriteQuotesAsync(articleId, entityIds, personIds, sourcePersons).ConfigureAwait(false);

        var timexes = new RowInsert("timexes", "article_id", "start_offset", "end_offset", "type", "value", "modifier");
        foreach (var timex in document.Timexes)
            timexes.Add(articleId, timex.Span.Start, timex.Span.End, timex.Type.ToString(), timex.Value, timex.Modifier.ToString());
        await InsertAsync(timexes).ConfigureAwait(false);
        if (document.Annotated.HasFlag(Layers.Events)) await WriteEventsAsync(articleId, personIds).ConfigureAwait(false);
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var statement in _statements) await statement.DisposeAsync().ConfigureAwait(false);
    }

    internal Statement Prepare(string sql, params string[] parameters)
    {
        var statement = new Statement(_connection, _transaction, sql, parameters);
        _statements.Add(statement);
        return statement;
    }

    internal Task<IReadOnlyList<T>> QueryAsync<T>(string sql, IReadOnlyList<(string, object?)> arguments, Func<DbDataReader, T> map) =>
        SqlNewsStore.QueryAsync(_connection, sql, arguments, map, _cancellationToken, _transaction);

    internal CancellationToken CancellationToken => _cancellationToken;

    internal Task InsertAsync(RowInsert rows, string suffix = "") =>
        rows.Count == 0 ? Task.CompletedTask : rows.ExecuteAsync(_connection, _transaction, _dialect.MaxParameters, " " + suffix, _cancellationToken);

    private async Task WriteQuotesAsync(long articleId, long[] entityIds, long?[] personIds, Dictionary<TextSpan, long?> sourcePersons)
    {
        var document = _document;
        var quotes = new RowInsert("quotes", "article_id", "number", "kind", "start_offset", "end_offset", "text", "cue_start", "cue_end",
            "cue_text", "source_start", "source_end", "source_text", "speaker_entity_id", "speaker_person_id", "rule");
        var titledSources = new long?[document.Quotes.Count];
        for (var q = 0; q < document.Quotes.Count; q++)
        {
            var quote = document.Quotes[q];
            var speaker = quote.Speaker;
            titledSources[q] = quote.Speakers.Count == 0 ? SourcePerson(quote, sourcePersons) : null;
            quotes.Add(articleId, q, quote.Kind.ToString(), quote.Content.Start, quote.Content.End, document.TextOf(quote.Content),
                quote.Cue?.Start, quote.Cue?.End, TextOf(quote.Cue), quote.Source?.Start, quote.Source?.End, TextOf(quote.Source),
                speaker >= 0 ? entityIds[speaker] : null, speaker >= 0 ? personIds[speaker] : titledSources[q], quote.Rule.ToString());
        }

        var quoteIds = new long[document.Quotes.Count];
        foreach (var (id, number) in await quotes.ReturningAsync(_connection, _transaction, _dialect.MaxParameters, "id, number", IdAndNumber, _cancellationToken)
                     .ConfigureAwait(false))
            quoteIds[number] = id;

        var parts = new RowInsert("quote_parts", "quote_id", "start_offset", "end_offset");
        var speakers = new RowInsert("quote_speakers", "quote_id", "entity_id", "person_id");
        var fullText = _dialect.FullTextTable is { } table ? new RowInsert(table, "rowid", "text") : null;
        for (var q = 0; q < document.Quotes.Count; q++)
        {
            var quote = document.Quotes[q];
            foreach (var part in quote.Parts) parts.Add(quoteIds[q], part.Start, part.End);
            foreach (var s in quote.Speakers.Distinct()) speakers.Add(quoteIds[q], entityIds[s], personIds[s]);
            if (titledSources[q] is { } person) speakers.Add(quoteIds[q], null, person);
            fullText?.Add(quoteIds[q], document.TextOf(quote.Content));
        }

        await InsertAsync(parts).ConfigureAwait(false);
        await InsertAsync(speakers).ConfigureAwait(false);
        if (fullText is not null) await InsertAsync(fullText).ConfigureAwait(false);
    }

    /// <summary>Events with their actors: a person record where the actor is a person entity, and always its actor code.</summary>
    private Task WriteEventsAsync(long articleId, long?[] personIds)
    {
        var events = new RowInsert("events", "article_id", "source_person_id", "source_actor", "target_person_id", "target_actor",
            "code", "label", "event_date", "trigger_start", "trigger_end");
        foreach (var coded in _document.Events)
        {
            events.Add(articleId, PersonOf(coded.Source), coded.Source.Code, PersonOf(coded.Target), coded.Target.Code,
                coded.Code, CameoLabels.Of(coded.Code), SqlNewsStore.Iso(coded.Date), coded.Trigger.Start, coded.Trigger.End);
        }

        return InsertAsync(events);

        long? PersonOf(EventActor actor) => actor.Entity >= 0 ? personIds[actor.Entity] : null;
    }

    private static (long Id, int Number) IdAndNumber(DbDataReader r) =>
        (Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture), Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture));

    /// <summary>
    /// People behind the titled sources of unattributed quotes ("The UN Secretary-General warned that ..."), which the
    /// article links to no entity but another article may name, by mention span.
    /// </summary>
    private async Task<Dictionary<TextSpan, long?>> TitledSourcesAsync(PersonFiler people)
    {
        var document = _document;
        var sources = document.Quotes.Where(q => q.Speaker < 0 && q.Source is not null).Select(q => q.Source!.Value).ToHashSet();
        var persons = new Dictionary<TextSpan, long?>();
        for (var m = 0; m < document.Mentions.Count; m++)
        {
            var mention = document.Mentions[m];
            if (mention.Kind != MentionKind.Nominal || mention.Title is not { } title || document.EntityOf(m) >= 0
                || mention.Number == GrammaticalNumber.Plural || !sources.Contains(mention.Span)) continue;
            var sighting = new PersonSighting(null, [document.TextOf(title)], document.Published);
            persons[mention.Span] = await people.FileAsync(sighting).ConfigureAwait(false);
        }

        return persons;
    }

    private static long? SourcePerson(Quote quote, Dictionary<TextSpan, long?> sourcePersons) =>
        quote.Source is { } source ? sourcePersons.GetValueOrDefault(source) : null;

    private string? TextOf(TextSpan? span) => span is { } s ? _document.TextOf(s) : null;

    /// <summary>A person entity as evidence: its cleaned name and the names its mentions use, its titles and the date.</summary>
    private Task<long?> FilePersonAsync(PersonFiler people, Entity entity)
    {
        var mentionNames = entity.Mentions.Select(m => _document.Mentions[m]).Where(m => m.Kind == MentionKind.Name)
            .Select(m => _document.TextOf(m.Span));
        var (name, aliases) = PersonNames.Choose(entity.Name, mentionNames);
        var named = entity.Mentions.Any(m => _document.Mentions[m].Kind == MentionKind.Name);
        var sighting = new PersonSighting(named ? name : null, entity.Titles, _document.Published) { OtherNames = named ? aliases : [] };
        return people.FileAsync(sighting);
    }
}
