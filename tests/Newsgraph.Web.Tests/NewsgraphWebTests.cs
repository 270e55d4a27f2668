using System.Net;
using System.Text.Json;

namespace Newsgraph.Web.Tests;

public sealed class NewsgraphWebTests(ServedSqliteStore served) : IClassFixture<ServedSqliteStore>
{
    public static readonly TheoryData<string> Paths =
    [
        "/api/stats", "/api/quotes", "/api/quotes/speakers", "/api/quotes/days", "/api/people", "/api/people/{id}", "/api/people/links",
        "/api/events", "/api/articles", "/api/articles/{id}",
    ];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task The_OpenAPI_description_has_every_endpoint_with_its_JSON_answer(string path)
    {
        using var document = JsonDocument.Parse(await served.Client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));

        var get = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty("get");
        Assert.True(get.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.False(string.IsNullOrWhiteSpace(get.GetProperty("summary").GetString()));
    }

    [Fact]
    public async Task The_OpenAPI_description_gives_spans_as_start_and_end()
    {
        using var document = JsonDocument.Parse(await served.Client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));

        var span = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("TextSpan");
        Assert.Equal(["end", "start"], span.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("3.1.1", document.RootElement.GetProperty("openapi").GetString());
    }

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/app.js", "text/javascript")]
    [InlineData("/app.css", "text/css")]
    public async Task The_UI_is_served_with_a_policy_that_forbids_inline_and_foreign_scripts(string path, string mediaType)
    {
        using var response = await served.Client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task The_page_loads_its_script_and_styles_from_the_app_itself()
    {
        var page = await served.Client.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Contains("<script src=\"app.js\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"app.css\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("//", page.Replace("http://www.w3.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_paths_are_not_found()
    {
        using var response = await served.Client.GetAsync("/api/nothing", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
