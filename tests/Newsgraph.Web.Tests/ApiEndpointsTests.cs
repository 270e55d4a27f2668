using System.Net;
using Newsgraph.Store;

namespace Newsgraph.Web.Tests;

/// <summary>Every endpoint against a served store, on each backend (<see cref="SqliteApiEndpointsTests"/>, <see cref="PostgresApiEndpointsTests"/>).</summary>
public abstract class ApiEndpointsTests(ServedStore served)
{
    [Fact]
    public async Task Stats_count_what_was_stored()
    {
        var stats = await served.GetAsync<StoreCounts>("/api/stats");
        var articles = await served.GetAsync<List<ArticleSummary>>("/api/articles");

        Assert.Equal(Articles.All().Count, stats.Articles);
        Assert.Equal(articles.Sum(a => a.Quotes), stats.Quotes);
        Assert.True(stats.Persons >= 5, $"{stats.Persons} people");
    }

    [Fact]
    public async Task A_full_text_search_finds_the_quote_its_speaker_and_where_it_is_in_its_article()
    {
        var hits = await served.GetAsync<List<QuoteHit>>("/api/quotes?text=contest%20of%20ships");

        var hit = Assert.Single(hits);
        Assert.Equal("Ana Torres", hit.SpeakerName);
        Assert.Equal("demo-article", hit.ArticleSourceId);
        Assert.Equal(new DateOnly(2026, 3, 4), hit.Published);
        var article = await served.GetAsync<ArticleView>($"/api/articles/{hit.ArticleId}");
        Assert.Equal(hit.Text, hit.Content.TextOf(article.Text));
        Assert.Contains("contest of ships", hit.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quotes_by_speaker_and_dates_are_that_speaker_s_within_those_dates()
    {
        var all = await served.GetAsync<List<QuoteHit>>("/api/quotes?speaker=Torres");
        var later = await served.GetAsync<List<QuoteHit>>("/api/quotes?speaker=Torres&from=2026-04-01&to=2026-05-31");

        Assert.NotEmpty(later);
        Assert.All(all, q => Assert.Equal("Ana Torres", q.SpeakerName));
        Assert.All(later, q => Assert.InRange(q.Published!.Value, new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 31)));
        Assert.Equal(all.Where(q => q.Published >= new DateOnly(2026, 4, 1)).Select(q => q.Id), later.Select(q => q.Id));
        Assert.Equal(all.OrderBy(q => q.Published).Select(q => q.Id), all.Select(q => q.Id));
    }

    [Fact]
    public async Task Top_speakers_count_each_speaker_s_quotes_among_the_search()
    {
        var speakers = await served.GetAsync<List<SpeakerCount>>("/api/quotes/speakers?limit=3");

        Assert.Equal(3, speakers.Count);
        Assert.Equal("Ana Torres", speakers[0].Name);
        Assert.Equal(speakers.OrderByDescending(s => s.Quotes).Select(s => s.Quotes), speakers.Select(s => s.Quotes));
        foreach (var speaker in speakers)
        {
            var quotes = await served.GetAsync<List<QuoteHit>>($"/api/quotes?speakerId={speaker.PersonId}&limit=1000");
            Assert.Equal(speaker.Quotes, quotes.Count);
        }
    }

    [Fact]
    public async Task Quotes_per_day_count_every_dated_quote_of_the_search()
    {
        var quotes = await served.GetAsync<List<QuoteHit>>("/api/quotes?speaker=Torres&limit=1000");
        var days = await served.GetAsync<List<DayCount>>("/api/quotes/days?speaker=Torres");

        var expected = quotes.Where(q => q.Published is not null).GroupBy(q => q.Published!.Value).OrderBy(g => g.Key).Select(g => new DayCount(g.Key, g.Count()));
        Assert.Equal(expected, days);
        Assert.True(days.Count >= 3, $"{days.Count} days");
    }

    [Fact]
    public async Task People_by_title_words_hold_such_a_title()
    {
        var ministers = await served.GetAsync<List<PersonSummary>>("/api/people?title=minister");

        Assert.Contains(ministers, p => p.Name == "Ana Torres");
        Assert.Contains(ministers, p => p.Name == "Piotr Halvik");
        Assert.All(ministers, p => Assert.Contains(p.Titles, t => t.Contains("minister", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task A_person_s_page_has_titles_over_time_quotes_and_associates()
    {
        var torres = (await served.GetAsync<List<PersonSummary>>("/api/people?name=Torres")).Single();
        var profile = await served.GetAsync<PersonProfile>($"/api/people/{torres.Id}");

        var deputy = Assert.Single(profile.Titles, t => t.Title == "Deputy Prime Minister");
        Assert.Equal(Articles.DeputyPrimeMinister.Published, deputy.First);
        var foreign = Assert.Single(profile.Titles, t => t.Title.Equals("Foreign Minister", StringComparison.OrdinalIgnoreCase) && t.First == new DateOnly(2026, 3, 4));
        Assert.True(foreign.Last >= new DateOnly(2026, 3, 19));
        Assert.Equal(torres.Quotes, profile.Quotes.Count);
        Assert.All(profile.Quotes, q => Assert.Equal(torres.Id, q.SpeakerId));
        Assert.Contains(profile.Associates, a => a.Name == "Marcus Oyelaran");
        Assert.Contains(profile.Associates, a => a.Name == "Piotr Halvik");
    }

    [Fact]
    public async Task An_article_has_its_text_and_every_span_inside_it()
    {
        var demo = (await served.GetAsync<List<ArticleSummary>>("/api/articles")).Single(a => a.SourceId == "demo-article");
        var view = await served.GetAsync<ArticleView>($"/api/articles/{demo.Id}");

        Assert.Equal(Articles.Demo().Text.ReplaceLineEndings("\n"), view.Text);
        Assert.Equal(demo.Quotes, view.Quotes.Count);
        var spans = view.Quotes.SelectMany(q => q.Parts.Append(q.Content).Concat(new[] { q.Cue, q.Source }.OfType<Core.TextSpan>()))
            .Concat(view.Entities.SelectMany(e => e.Mentions.Select(m => m.Span)))
            .Concat(view.Timexes.Select(t => t.Span));
        Assert.All(spans, span => Assert.InRange(span.Start, 0, span.End - 1));
        Assert.All(spans, span => Assert.InRange(span.End, 1, view.Text.Length));
        var ships = Assert.Single(view.Quotes, q => q.Content.TextOf(view.Text).Contains("contest of ships", StringComparison.Ordinal));
        Assert.Equal("Ana Torres", ships.SpeakerName);
        Assert.Equal("said", ships.Cue!.Value.TextOf(view.Text));
        Assert.Equal("she", ships.Source!.Value.TextOf(view.Text));
    }

    [Fact]
    public async Task People_links_join_people_mentioned_in_one_sentence()
    {
        var links = await served.GetAsync<List<PersonLink>>("/api/people/links");

        Assert.Contains(links, l => new[] { l.FirstName, l.SecondName }.Order().SequenceEqual(["Ana Torres", "Marcus Oyelaran"]));
        Assert.All(links, l => Assert.NotEqual(l.FirstId, l.SecondId));
        Assert.Equal(links.OrderByDescending(l => l.Sentences).Select(l => l.Sentences), links.Select(l => l.Sentences));
    }

    [Fact]
    public async Task Events_are_what_the_store_holds_none_until_an_event_layer_fills_them()
    {
        var torres = (await served.GetAsync<List<PersonSummary>>("/api/people?name=Torres")).Single();
        var stored = await served.Store.FindEventsAsync(null, 100, TestContext.Current.CancellationToken);

        Assert.Equal(stored, await served.GetAsync<List<EventView>>("/api/events"));
        Assert.Equal(
            stored.Where(e => e.SourcePersonId == torres.Id || e.TargetPersonId == torres.Id).Select(e => e.Id),
            (await served.GetAsync<List<EventView>>($"/api/events?personId={torres.Id}")).Select(e => e.Id));
    }

    [Fact]
    public async Task Articles_are_listed_newest_first_and_paged()
    {
        var all = await served.GetAsync<List<ArticleSummary>>("/api/articles");
        var second = await served.GetAsync<List<ArticleSummary>>("/api/articles?limit=1&offset=1");

        Assert.Equal(all.OrderByDescending(a => a.Published).Select(a => a.Id), all.Select(a => a.Id));
        Assert.Equal(all[1].Id, Assert.Single(second).Id);
    }

    [Theory]
    [InlineData("/api/articles/999999")]
    [InlineData("/api/people/999999")]
    public async Task What_is_not_stored_is_not_found(string path)
    {
        using var response = await served.Client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/quotes?limit=0")]
    [InlineData("/api/quotes?limit=1001")]
    [InlineData("/api/quotes?offset=-1")]
    [InlineData("/api/quotes?from=yesterday")]
    [InlineData("/api/quotes/speakers?limit=0")]
    [InlineData("/api/people?limit=5000")]
    [InlineData("/api/articles?offset=-3")]
    [InlineData("/api/people/links?limit=0")]
    [InlineData("/api/events?limit=0")]
    public async Task Bad_parameters_are_a_bad_request_with_problem_details(string path)
    {
        using var response = await served.Client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class SqliteApiEndpointsTests(ServedSqliteStore served) : ApiEndpointsTests(served), IClassFixture<ServedSqliteStore>;

public sealed class PostgresApiEndpointsTests(ServedPostgresStore served) : ApiEndpointsTests(served), IClassFixture<ServedPostgresStore>;
