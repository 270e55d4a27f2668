namespace Newsgraph.Store;

/// <summary>
/// The tables, shared by the backends (dates are ISO <c>YYYY-MM-DD</c> text, labels are enum names, offsets are
/// UTF-16 code units into articles.text, end exclusive). Every statement can run again on an existing database.
/// </summary>
internal static class Schema
{
    /// <summary>Raised with every change to the statements below, so existing stores get the new parts.</summary>
    public const int Version = 1;

    /// <summary>The table that records the version a store's schema is at; written last, in the same transaction.</summary>
    public const string VersionTable = "newsgraph_schema";

    public static IEnumerable<string> Statements(SqlDialect dialect)
    {
        var id = dialect.IdColumn;
        string[] tables =
        [
            $"""
            CREATE TABLE IF NOT EXISTS articles (
                id {id}, content_hash TEXT NOT NULL UNIQUE, source_id TEXT NOT NULL, title TEXT, url TEXT, byline TEXT,
                published TEXT, text TEXT NOT NULL, words INTEGER NOT NULL)
            """,
            $"CREATE TABLE IF NOT EXISTS persons (id {id}, name TEXT NOT NULL, first_seen TEXT, last_seen TEXT, articles INTEGER NOT NULL)",
            """
            CREATE TABLE IF NOT EXISTS person_aliases (
                person_id BIGINT NOT NULL REFERENCES persons(id), alias_key TEXT NOT NULL, alias TEXT NOT NULL,
                PRIMARY KEY (person_id, alias_key))
            """,
            """
            CREATE TABLE IF NOT EXISTS person_keys (
                match_key TEXT NOT NULL, person_id BIGINT NOT NULL REFERENCES persons(id), PRIMARY KEY (match_key, person_id))
            """,
            """
            CREATE TABLE IF NOT EXISTS person_titles (
                person_id BIGINT NOT NULL REFERENCES persons(id), title_key TEXT NOT NULL, title TEXT NOT NULL,
                first_seen TEXT, last_seen TEXT, articles INTEGER NOT NULL, PRIMARY KEY (person_id, title_key))
            """,
            $"""
            CREATE TABLE IF NOT EXISTS entities (
                id {id}, article_id BIGINT NOT NULL REFERENCES articles(id), number INTEGER NOT NULL, type TEXT NOT NULL,
                name TEXT NOT NULL, gender TEXT NOT NULL, person_id BIGINT REFERENCES persons(id))
            """,
            """
            CREATE TABLE IF NOT EXISTS mentions (
                article_id BIGINT NOT NULL REFERENCES articles(id), entity_id BIGINT REFERENCES entities(id),
                person_id BIGINT REFERENCES persons(id), start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
                kind TEXT NOT NULL, sentence INTEGER NOT NULL, title_start INTEGER, title_end INTEGER)
            """,
            $"""
            CREATE TABLE IF NOT EXISTS quotes (
                id {id}, article_id BIGINT NOT NULL REFERENCES articles(id), number INTEGER NOT NULL, kind TEXT NOT NULL,
                start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, text TEXT NOT NULL,
                cue_start INTEGER, cue_end INTEGER, cue_text TEXT, source_start INTEGER, source_end INTEGER, source_text TEXT,
                speaker_entity_id BIGINT REFERENCES entities(id), speaker_person_id BIGINT REFERENCES persons(id),
                rule TEXT NOT NULL)
            """,
            """
            CREATE TABLE IF NOT EXISTS quote_parts (
                quote_id BIGINT NOT NULL REFERENCES quotes(id), start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL)
            """,
            """
            CREATE TABLE IF NOT EXISTS quote_speakers (
                quote_id BIGINT NOT NULL REFERENCES quotes(id), entity_id BIGINT REFERENCES entities(id),
                person_id BIGINT REFERENCES persons(id))
            """,
            """
            CREATE TABLE IF NOT EXISTS timexes (
                article_id BIGINT NOT NULL REFERENCES articles(id), start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
                type TEXT NOT NULL, value TEXT NOT NULL, modifier TEXT NOT NULL)
            """,
            // The event layer's events: who did what to whom, as a CAMEO code, with its trigger's span.
            $"""
            CREATE TABLE IF NOT EXISTS events (
                id {id}, article_id BIGINT NOT NULL REFERENCES articles(id),
                source_person_id BIGINT REFERENCES persons(id), source_actor TEXT,
                target_person_id BIGINT REFERENCES persons(id), target_actor TEXT,
                code TEXT NOT NULL, label TEXT NOT NULL, event_date TEXT, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL)
            """,
        ];
        string[] indexes =
        [
            "CREATE INDEX IF NOT EXISTS articles_published ON articles (published)",
            "CREATE INDEX IF NOT EXISTS person_aliases_key ON person_aliases (alias_key)",
            "CREATE INDEX IF NOT EXISTS entities_article ON entities (article_id)",
            "CREATE INDEX IF NOT EXISTS mentions_article_sentence ON mentions (article_id, sentence)",
            "CREATE INDEX IF NOT EXISTS mentions_person ON mentions (person_id)",
            "CREATE INDEX IF NOT EXISTS quotes_article ON quotes (article_id)",
            "CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_person_id)",
            "CREATE INDEX IF NOT EXISTS quote_parts_quote ON quote_parts (quote_id)",
            "CREATE INDEX IF NOT EXISTS quote_speakers_person ON quote_speakers (person_id, quote_id)",
            "CREATE INDEX IF NOT EXISTS quote_speakers_quote ON quote_speakers (quote_id)",
            "CREATE INDEX IF NOT EXISTS timexes_article ON timexes (article_id)",
            "CREATE INDEX IF NOT EXISTS events_article ON events (article_id)",
            "CREATE INDEX IF NOT EXISTS events_source ON events (source_person_id)",
            "CREATE INDEX IF NOT EXISTS events_target ON events (target_person_id)",
        ];
        string[] version =
        [
            $"CREATE TABLE IF NOT EXISTS {VersionTable} (version INTEGER NOT NULL)",
            $"DELETE FROM {VersionTable}",
            $"INSERT INTO {VersionTable} (version) VALUES ({Version})",
        ];
        return [.. tables, .. dialect.FullTextSchema, .. indexes, .. version];
    }
}
