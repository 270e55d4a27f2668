using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Newsgraph.Store;

namespace Newsgraph.Web.Tests;

/// <summary>
/// A temporary SQLite store filled with the made-up <see cref="Articles"/>, served by the web app on a free loopback
/// port for the tests of one class.
/// </summary>
public sealed class ServedStore : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsgraph-web-tests", Path.GetRandomFileName());
    private WebApplication? _app;

    public INewsStore Store { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public static JsonSerializerOptions Json { get; } = CreateJsonOptions();

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        Store = await NewsStores.OpenAsync(Path.Combine(_folder, "news.db"));
        foreach (var article in Articles.All()) await Store.StoreAsync(article.Metadata, article.Analyse());
        _app = NewsgraphWeb.Build(Store, "http://127.0.0.1:0");
        await _app.StartAsync();
        BaseAddress = new Uri(NewsgraphWeb.Addresses(_app).Single());
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await Store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
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

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        WebJson.Configure(options);
        return options;
    }
}
