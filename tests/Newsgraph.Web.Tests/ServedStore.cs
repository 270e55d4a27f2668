using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Newsgraph.Store;
using Npgsql;

namespace Newsgraph.Web.Tests;

/// <summary>
/// A fresh store filled with the made-up <see cref="Articles"/>, served by the web app on a free loopback port for the
/// tests of one class. Members skip the test when the backend is not available.
/// </summary>
public abstract class ServedStore : IAsyncLifetime
{
    private string? _location;
    private WebApplication? _app;
    private INewsStore? _store;
    private Uri? _baseAddress;
    private HttpClient? _client;

    public INewsStore Store => Available(_store);

    public Uri BaseAddress => Available(_baseAddress);

    public HttpClient Client => Available(_client);

    public static JsonSerializerOptions Json { get; } = CreateJsonOptions();

    /// <summary>Where the store goes, or null when this backend cannot be tested here (<see cref="Unavailable"/> says why).</summary>
    protected abstract string? CreateLocation();

    protected virtual string Unavailable => "This backend is not available here.";

    protected abstract Task RemoveAsync(string location);

    public async ValueTask InitializeAsync()
    {
        if (CreateLocation() is not { } location) return;
        _location = location;
        _store = await NewsStores.OpenAsync(location);
        foreach (var article in Articles.All()) await _store.StoreAsync(article.Metadata, article.Analyse());
        _app = NewsgraphWeb.Build(_store, "http://127.0.0.1:0");
        await _app.StartAsync();
        _baseAddress = new Uri(NewsgraphWeb.Addresses(_app).Single());
        _client = new HttpClient { BaseAddress = _baseAddress };
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (_store is not null) await _store.DisposeAsync();
        if (_location is not null) await RemoveAsync(_location);
        GC.SuppressFinalize(this);
    }

    /// <summary>GETs a JSON API path and reads the answer as <typeparamref name="T"/>, failing on any non-success status.</summary>
    public async Task<T> GetAsync<T>(string path)
    {
        using var response = await Client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    private T Available<T>(T? value) where T : class
    {
        if (value is null) Assert.Skip(Unavailable);
        return value;
    }

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        WebJson.Configure(options);
        return options;
    }
}

/// <summary>The store in a SQLite file in a temporary folder.</summary>
public sealed class ServedSqliteStore : ServedStore
{
    protected override string? CreateLocation()
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsgraph-web-tests", Path.GetRandomFileName());
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "news.db");
    }

    protected override Task RemoveAsync(string location)
    {
        Directory.Delete(Path.GetDirectoryName(location)!, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>
/// The store in a schema of its own in the PostgreSQL database that NEWSGRAPH_TEST_POSTGRES names (.ci/run starts the
/// server and sets it), dropped afterwards.
/// </summary>
public sealed class ServedPostgresStore : ServedStore
{
    private const string Variable = "NEWSGRAPH_TEST_POSTGRES";

    private string? _schema;

    protected override string Unavailable => $"{Variable} is not set: no PostgreSQL server to test against (.ci/run sets it).";

    protected override string? CreateLocation()
    {
        var url = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(url)) return null;
        _schema = "web_test_" + Guid.NewGuid().ToString("N");
        return url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "schema=" + _schema;
    }

    protected override async Task RemoveAsync(string location)
    {
        var uri = new Uri(location);
        var user = uri.UserInfo.Split(':', 2);
        var connection = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
            Username = Uri.UnescapeDataString(user[0]),
            Password = user.Length > 1 ? Uri.UnescapeDataString(user[1]) : null,
        };
        await using var dataSource = NpgsqlDataSource.Create(connection);
        await using var command = dataSource.CreateCommand($"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE");
        await command.ExecuteNonQueryAsync();
    }
}
