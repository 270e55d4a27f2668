using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Newsgraph.Store;

/// <summary>The embedded store: one SQLite file, quotes searched with FTS5, write-ahead logging so readers never wait.</summary>
internal sealed class SqliteNewsStore : SqlNewsStore
{
    private readonly string _connectionString;

    private SqliteNewsStore(string path)
        : base(new SqliteDialect())
    {
        Location = path;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
    }

    public override string Location { get; }

    public static async Task<SqliteNewsStore> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var store = new SqliteNewsStore(path);
        await store.CreateSchemaAsync(cancellationToken).ConfigureAwait(false);
        return store;
    }

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open (and its -wal and -shm files); release them with the store.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var pragmas = connection.CreateCommand();
            // WAL persists in the file; synchronous=NORMAL is durable with WAL except for the last commits on power loss.
            pragmas.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000;";
            await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private sealed class SqliteDialect : SqlDialect
    {
        public override string IdColumn => "INTEGER PRIMARY KEY";

        // SQLite finds each named parameter by a linear search, so binding is quadratic in the parameters of a
        // statement; in process, more statements cost little.
        public override int MaxParameters => 100;

        public override string TableExists => "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = @table";

        public override IReadOnlyList<string> FullTextSchema { get; } =
            ["CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5 (text, content = 'quotes', content_rowid = 'id')"];

        public override string FullTextTable => "quotes_fts";

        public override string FullTextCondition => "q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH @fts)";

        // Every word quoted, so FTS5 reads none as an operator (AND, NEAR, column:); all must occur.
        public override string? FullTextArgument(string words) =>
            SearchWords(words) is { Count: > 0 } list ? string.Join(' ', list.Select(word => $"\"{word}\"")) : null;
    }
}
