using Microsoft.Playwright;
using Newsgraph.Store;

namespace Newsgraph.Web.Tests;

/// <summary>
/// The browser UI in Chromium against the served made-up store. Screenshots of the article and person pages are written
/// to the folder NEWSGRAPH_SCREENSHOTS names (the README's docs/ pictures), or to a temporary folder.
/// </summary>
public sealed class UiTests(ServedSqliteStore served, Chromium chromium) : IClassFixture<ServedSqliteStore>, IClassFixture<Chromium>
{
    private const string ScreenshotsVariable = "NEWSGRAPH_SCREENSHOTS";

    [Fact]
    public async Task A_quote_found_by_search_is_highlighted_in_its_article_naming_its_speaker()
    {
        var page = await chromium.NewPageAsync(served.BaseAddress);
        var requested = new System.Collections.Concurrent.ConcurrentQueue<string>();
        page.Request += (_, request) => requested.Enqueue(request.Url);
        await page.GotoAsync("/");
        await page.FillAsync("#q-text", "contest of ships");
        await page.ClickAsync("form.search button");

        var hit = page.Locator(".quote-hit", new() { HasText = "contest of ships" });
        await Assertions.Expect(hit).ToHaveCountAsync(1);
        await Assertions.Expect(hit.Locator(".meta")).ToContainTextAsync("Ana Torres");
        await hit.Locator("a.article-link").ClickAsync();
        await page.WaitForSelectorAsync("body[data-page=article]");

        var quote = page.Locator("mark.quote", new() { HasText = "contest of ships" });
        await Assertions.Expect(quote).ToHaveCountAsync(1);
        await Assertions.Expect(quote).ToBeVisibleAsync();
        await Assertions.Expect(quote).ToHaveAttributeAsync("data-speaker", "Ana Torres");
        var tooltip = await quote.GetAttributeAsync("title");
        Assert.Contains("said by Ana Torres", tooltip, StringComparison.Ordinal);
        Assert.Contains("cue: “said”", tooltip, StringComparison.Ordinal);
        Assert.Contains("adjacentCue", tooltip, StringComparison.Ordinal);
        // The quote was opened from the search: it is the one marked, in the same colour as its speaker in the legend.
        await Assertions.Expect(quote).ToHaveClassAsync("quote flash");
        var legendColour = await page.Locator(".legend .key", new() { HasText = "Ana Torres" }).Locator("mark").EvaluateAsync<string>("m => getComputedStyle(m).backgroundColor");
        Assert.Equal(legendColour, await quote.EvaluateAsync<string>("m => getComputedStyle(m).backgroundColor"));
        await Assertions.Expect(page.Locator(".article-text .mention.place", new() { HasText = "Velmora" }).First).ToBeVisibleAsync();

        // Everything the UI loads comes from the app itself: no CDN, no outside fonts or scripts.
        Assert.All(requested, url => Assert.StartsWith(served.BaseAddress.ToString(), url, StringComparison.Ordinal));
        Assert.Contains(requested, url => url.Contains("/api/articles/", StringComparison.Ordinal));

        await quote.EvaluateAsync("m => m.classList.remove('flash')");
        await ScreenshotAsync(page, "web-article.png");
    }

    [Fact]
    public async Task Markup_in_stored_text_is_shown_as_text_and_never_run()
    {
        var page = await chromium.NewPageAsync(served.BaseAddress);
        await page.GotoAsync($"/#/search?text={Uri.EscapeDataString(Articles.MarkupQuoteWords)}");
        await page.Locator(".quote-hit a.article-link").ClickAsync();
        await page.WaitForSelectorAsync("body[data-page=article]");

        var quote = page.Locator("mark.quote", new() { HasText = "claims need" });
        await Assertions.Expect(quote).ToContainTextAsync("“<b>Bold</b> claims need <script>window.injected = true</script> proof & patience,”");
        await Assertions.Expect(page.Locator(".article-text b, .article-text script, h1 i")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(Articles.Markup.Title);
        Assert.True(await page.EvaluateAsync<bool>("() => window.injected === undefined"));
    }

    [Fact]
    public async Task A_person_page_shows_titles_quotes_over_time_the_people_they_appear_with_and_their_events()
    {
        var torres = (await served.Store.ResolvePersonAsync("Ana Torres", TestContext.Current.CancellationToken))[0];
        var page = await chromium.NewPageAsync(served.BaseAddress);
        await page.GotoAsync($"/#/person/{torres.Id}");
        await page.WaitForSelectorAsync("body[data-page=person]");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Ana Torres");
        await Assertions.Expect(page.Locator("table.titles")).ToContainTextAsync("Deputy Prime Minister");
        // One bar per month she was quoted in: March, April and May 2026.
        await Assertions.Expect(page.Locator("svg.chart.time rect.bar")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator(".quote-hit")).ToHaveCountAsync(torres.Quotes);
        await Assertions.Expect(page.Locator("table.associates")).ToContainTextAsync("Marcus Oyelaran");
        await Assertions.Expect(page.Locator("svg.graph .node", new() { HasText = "Marcus Oyelaran" })).ToHaveCountAsync(1);
        var events = await served.Store.FindEventsAsync(torres.Id, 200, TestContext.Current.CancellationToken);
        await Assertions.Expect(page.Locator("table.events tbody tr")).ToHaveCountAsync(events.Count);
        await Assertions.Expect(page.Locator("table.events tbody tr", new() { HasText = "Marcus Oyelaran" })).ToContainTextAsync("(040)");

        await ScreenshotAsync(page, "web-person.png");
    }

    [Fact]
    public async Task The_quoted_most_chart_and_the_people_graph_lead_to_person_pages()
    {
        var top = (await served.Store.TopSpeakersAsync(new QuoteQuery(), 1, TestContext.Current.CancellationToken)).Single();
        var page = await chromium.NewPageAsync(served.BaseAddress);
        await page.GotoAsync("/");

        var bars = page.Locator("svg.chart.speakers a");
        await Assertions.Expect(bars.First).ToContainTextAsync(top.Name);
        await bars.First.ClickAsync();
        await Assertions.Expect(page.Locator("body[data-page=person] h1")).ToHaveTextAsync(top.Name);
        await page.GoBackAsync();
        // Every stored quote is dated, in March, April and May 2026.
        await Assertions.Expect(page.Locator("#top-speakers svg.chart.time rect.bar")).ToHaveCountAsync(3);

        await page.ClickAsync("header a[href='#/graph']");
        var links = await served.Store.PersonLinksAsync(120, TestContext.Current.CancellationToken);
        var people = links.SelectMany(l => new[] { l.FirstId, l.SecondId }).Distinct().Count();
        await Assertions.Expect(page.Locator("svg.graph .node")).ToHaveCountAsync(people);
        await Assertions.Expect(page.Locator("svg.graph line.edge")).ToHaveCountAsync(links.Count);
    }

    [Fact]
    public async Task Events_between_two_people_are_arrows_on_the_graph()
    {
        // "Deputy Prime Minister Ana Torres later met Marcus Oyelaran" in the fixtures: a meeting between two stored people.
        var ct = TestContext.Current.CancellationToken;
        var stored = await served.Store.FindEventsAsync(null, 200, ct);
        var betweenPeople = stored.Where(e => e.SourcePersonId is not null && e.TargetPersonId is not null && e.SourcePersonId != e.TargetPersonId).ToList();
        var meeting = Assert.Single(betweenPeople, e => (e.SourceName, e.TargetName) == ("Ana Torres", "Marcus Oyelaran"));
        var page = await chromium.NewPageAsync(served.BaseAddress);
        await page.GotoAsync("/#/graph");

        var arrows = page.Locator("svg.graph line.event");
        await Assertions.Expect(arrows).ToHaveCountAsync(betweenPeople.Count);
        var title = $"Ana Torres → {meeting.Label} ({meeting.Code}) → Marcus Oyelaran, {meeting.Date:yyyy-MM-dd}";
        await Assertions.Expect(arrows.Locator("title").Filter(new LocatorFilterOptions { HasTextString = title })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("main p.muted")).ToContainTextAsync($"({stored.Count} stored)");
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable(ScreenshotsVariable);
        var path = Path.Combine(string.IsNullOrEmpty(folder) ? Path.GetTempPath() : folder, name);
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        if (string.IsNullOrEmpty(folder)) File.Delete(path);
    }
}
