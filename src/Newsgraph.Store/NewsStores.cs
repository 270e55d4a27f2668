using Npgsql;

namespace Newsgraph.Store;

/// <summary>Opens a store from what users pass as <c>--db</c>: a SQLite file path, or a PostgreSQL URL.</summary>
public static class NewsStores
{
    /// <summary>The store used when none is named: this file in the current folder.</summary>
    public const string DefaultPath = "newsgraph.db";

    /// <summary>
    /// Opens (and creates when missing) the store at <paramref name="location"/>:
    /// <c>postgres://user:password@host[:port]/database[?schema=NAME]</c> (or <c>postgresql://</c>) for PostgreSQL,
    /// anything else as the path of a SQLite file.
    /// </summary>
    /// <exception cref="FormatException">A PostgreSQL URL that cannot be read.</exception>
    public static async Task<INewsStore> OpenAsync(string location, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        if (IsPostgres(location)) return await PostgresNewsStore.OpenAsync(PostgresUrl.Parse(location), cancellationToken).ConfigureAwait(false);
        return await SqliteNewsStore.OpenAsync(location, cancellationToken).ConfigureAwait(false);
    }

    public static bool IsPostgres(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Reads <c>postgres://user:password@host:port/database?schema=NAME</c> into Npgsql's connection settings.</summary>
internal static class PostgresUrl
{
    public const int DefaultPort = 5432;

    public static NpgsqlConnectionStringBuilder Parse(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            throw new FormatException($"{url}: not a PostgreSQL URL (postgres://user:password@host:port/database).");
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length == 0 || database.Contains('/', StringComparison.Ordinal))
            throw new FormatException($"{Redacted(uri)}: name one database after the host (postgres://user:password@host/database).");
        var userInfo = uri.UserInfo.Split(':', 2);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? DefaultPort : uri.Port,
            Database = database,
            Username = userInfo[0].Length > 0 ? Uri.UnescapeDataString(userInfo[0]) : null,
            Password = userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : null,
        };
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.Split('=', 2) is [var k, var v] ? (k, Uri.UnescapeDataString(v)) : (pair, "");
            if (key == "schema" && value.Length > 0) builder.SearchPath = value;
            else throw new FormatException($"{Redacted(uri)}: unknown URL parameter '{key}' (only schema=NAME is read).");
        }

        return builder;
    }

    private static string Redacted(Uri uri) => $"{uri.Scheme}://{uri.Host}{uri.AbsolutePath}";
}
