using Npgsql;

namespace Newsgraph.Store.Tests;

/// <summary>
/// Fresh, empty stores for the tests: a SQLite file in a temporary folder, or a schema of its own in the PostgreSQL
/// database that NEWSGRAPH_TEST_POSTGRES names (.ci/run starts the server and sets it); PostgreSQL tests skip without it.
/// </summary>
internal static class Backends
{
    public const string PostgresVariable = "NEWSGRAPH_TEST_POSTGRES";

    public static string TempSqlitePath()
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsgraph-store-tests", Path.GetRandomFileName());
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "news.db");
    }

    /// <summary>A PostgreSQL URL with a new schema name, or a skip when no server is configured.</summary>
    public static string NewPostgresLocation()
    {
        var url = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(url)) Assert.Skip($"{PostgresVariable} is not set: no PostgreSQL server to test against (.ci/run sets it).");
        var schema = "test_" + Guid.NewGuid().ToString("N");
        return url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "schema=" + schema;
    }

    /// <summary>Drops a test's schema and everything in it.</summary>
    public static async Task DropPostgresSchemaAsync(string location)
    {
        var builder = PostgresUrl.Parse(location);
        var schema = builder.SearchPath!;
        builder.SearchPath = null;
        await using var dataSource = NpgsqlDataSource.Create(builder);
        await using var command = dataSource.CreateCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE");
        await command.ExecuteNonQueryAsync();
    }
}
