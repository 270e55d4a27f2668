using Newsgraph.Core.Quotes;

namespace Newsgraph.Store.Tests;

/// <summary>
/// What every backend must do, run once per backend (<see cref="SqliteNewsStoreTests"/>, <see cref="PostgresNewsStoreTests"/>).
/// </summary>
public abstract class NewsStoreContract : IAsyncLifetime
{
    private INewsStore? _store;

    protected INewsStore Store => _store ?? throw new InvalidOperationException("The store is not open.");

    /// <summary>Where a fresh, empty store for one test lives.</summary>
    protected abstract string NewLocation();

    /// <summary>Removes what <see cref="NewLocation"/> made.</summary>
    protected abstract Task DeleteAsync(string location);

    protected string Location { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        Location = NewLocation();
        _store = await NewsStores.OpenAsync(Location, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_store is not null) await _store.DisposeAsync();
        if (Location.Length > 0) await DeleteAsync(Location);
        GC.SuppressFinalize(this);
    }

    private async Task<StoreOutcome> AddAsync(string text, string id, DateOnly? published, ArticleMetadata? metadata = null) =>
        await Store.StoreAsync(metadata ?? new ArticleMetadata(), Articles.Analyse(text, id, published), TestContext.Current.CancellationToken);

    [Fact]
    public async Task StoringTheSameTextTwiceChangesNothing()
    {
        Assert.Equal(StoreOutcome.Added, await AddAsync(Articles.FullName, "a", Articles.Monday));
        var before = await Store.CountAsync(TestContext.Current.CancellationToken);
        Assert.Equal(StoreOutcome.AlreadyStored, await AddAsync(Articles.FullName, "a-again", Articles.Monday));
        Assert.Equal(before, await Store.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, before.Articles);
        Assert.True(await Store.ContainsAsync(ContentHash.Of(Articles.FullName.ReplaceLineEndings("\n")), TestContext.Current.CancellationToken));
    }

    /// <summary>Cancelled at random points while writing: each article is then stored whole or not at all.</summary>
    [Fact]
    public async Task ACancelledStoreLeavesTheArticleWholeOrAbsent()
    {
        var random = new Random(6);
        var outcomes = new HashSet<bool>();
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var document = Articles.Analyse($"{Articles.FullName}\nAttempt {attempt} of the harbour talks.", $"a{attempt}", Articles.Monday);
            var before = await Store.CountAsync(TestContext.Current.CancellationToken);
            using var cancel = new CancellationTokenSource();
            // Every fifth attempt is cancelled before it starts, so the run interrupts at least one store however
            // fast the machine writes; the others at a random point.
            var delay = TimeSpan.FromMicroseconds(random.Next(0, 20_000));
            if (attempt % 5 == 0) cancel.Cancel();
            else cancel.CancelAfter(delay);
            bool stored;
            try
            {
                stored = await Store.StoreAsync(new ArticleMetadata(), document, cancel.Token) == StoreOutcome.Added;
            }
            catch (OperationCanceledException)
            {
                stored = false;
            }

            var after = await Store.CountAsync(TestContext.Current.CancellationToken);
            Assert.Equal(stored, await Store.ContainsAsync(ContentHash.Of(document.Text), TestContext.Current.CancellationToken));
            var expected = stored
                ? before with { Articles = before.Articles + 1, Quotes = before.Quotes + document.Quotes.Count, Entities = before.Entities + document.Entities.Count }
                : before;
            Assert.Equal(expected, after with { Persons = before.Persons });
            outcomes.Add(stored);
        }

        Assert.True(outcomes.Count == 2 || outcomes.Contains(false), "no attempt was interrupted, so the test showed nothing");
    }

    [Fact]
    public async Task AnArticleComesBackWithItsTextAndSpans()
    {
        await AddAsync(Articles.FullName, "a", Articles.Monday, new ArticleMetadata("Talks go on", "https://example.org/a", "A. Writer"));
        var listed = Assert.Single(await Store.ListArticlesAsync(10, 0, TestContext.Current.CancellationToken));
        var article = await Store.GetArticleAsync(listed.Id, TestContext.Current.CancellationToken);

        Assert.NotNull(article);
        Assert.Equal(Articles.FullName.ReplaceLineEndings("\n"), article.Text);
        Assert.Equal(("a", "Talks go on", "https://example.org/a", "A. Writer", (DateOnly?)Articles.Monday),
            (article.Article.SourceId, article.Article.Title, article.Article.Url, article.Byline, article.Article.Published));
        var ban = Assert.Single(article.Entities, e => e.Name == "Ban Ki-moon");
        Assert.NotNull(ban.PersonId);
        Assert.Contains(ban.Mentions, m => article.Text[m.Span.Start..m.Span.End] == "Ban");
        var direct = Assert.Single(article.Quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal("“We cannot wait any longer,”", article.Text[direct.Content.Start..direct.Content.End]);
        Assert.Equal(ban.PersonId, direct.SpeakerPersonId);
        Assert.Equal("said", article.Text[direct.Cue!.Value.Start..direct.Cue.Value.End]);
        Assert.All(article.Quotes, q => Assert.All(q.Parts, p => Assert.True(q.Content.Contains(p))));
        Assert.Contains(article.Timexes, t => t.Value == "2026-03-02");
        Assert.Equal(article.Quotes.Count, listed.Quotes);
    }

    [Fact]
    public async Task QuotesAreFoundBySpeakerDateAndWords()
    {
        await AddAsync(Articles.FullName, "a", Articles.Monday);
        await AddAsync(Articles.Unrelated, "c", Articles.Monday.AddDays(10));
        var ct = TestContext.Current.CancellationToken;

        var byBan = await Store.FindQuotesAsync(new QuoteQuery(Speaker: "Ban Ki-moon"), ct);
        Assert.Contains(byBan, q => q.Text.Contains("wait any longer", StringComparison.Ordinal));
        Assert.All(byBan, q => Assert.Equal("Ban Ki-moon", q.SpeakerName));
        Assert.Equal(byBan, await Store.FindQuotesAsync(new QuoteQuery(Speaker: "ban ki-moon"), ct));

        var ships = Assert.Single(await Store.FindQuotesAsync(new QuoteQuery(Text: "ships waiting"), ct));
        Assert.Equal("Piet Olsen", ships.SpeakerName);
        Assert.Empty(await Store.FindQuotesAsync(new QuoteQuery(Speaker: "Ban Ki-moon", Text: "ships"), ct));
        Assert.Empty(await Store.FindQuotesAsync(new QuoteQuery(Text: "\"NEAR("), ct));

        var late = await Store.FindQuotesAsync(new QuoteQuery(From: Articles.Monday.AddDays(1)), ct);
        Assert.NotEmpty(late);
        Assert.All(late, q => Assert.Equal("c", q.ArticleSourceId));
        Assert.All(await Store.FindQuotesAsync(new QuoteQuery(To: Articles.Monday), ct), q => Assert.Equal("a", q.ArticleSourceId));
        Assert.Empty(await Store.FindQuotesAsync(new QuoteQuery(Speaker: "Nobody Atall"), ct));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.FindQuotesAsync(new QuoteQuery(Limit: -1), ct));
    }

    [Fact]
    public async Task WhoIsQuotedMostCountsEachSpeakersQuotes()
    {
        await AddAsync(Articles.FullName, "a", Articles.Monday);
        await AddAsync(Articles.Unrelated, "c", Articles.Monday);
        var ct = TestContext.Current.CancellationToken;
        var all = await Store.FindQuotesAsync(new QuoteQuery(), ct);
        var top = await Store.TopSpeakersAsync(new QuoteQuery(), 10, ct);

        var expected = all.Where(q => q.SpeakerId is not null).GroupBy(q => q.SpeakerName).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(expected, top.ToDictionary(s => s.Name, s => s.Quotes));
        Assert.Equal(top.OrderByDescending(s => s.Quotes).Select(s => s.Quotes), top.Select(s => s.Quotes));
    }

    [Fact]
    public async Task OnePersonAcrossArticlesKeepsAliasesTitlesAndCompany()
    {
        await AddAsync(Articles.FullName, "a", Articles.Monday);
        await AddAsync(Articles.SurnameOnly, "b", Articles.Monday.AddDays(3));
        await AddAsync(Articles.TitleOnly, "t", Articles.Monday.AddDays(4));
        var ct = TestContext.Current.CancellationToken;

        var ban = Assert.Single(await Store.ResolvePersonAsync("Ban Ki-moon", ct));
        Assert.Equal("Ban Ki-moon", ban.Name);
        Assert.Equal(["Ban", "Ban Ki-moon"], ban.Aliases.Order(StringComparer.Ordinal)); // "Mr Ban" is "Ban" with an honorific
        Assert.Equal(3, ban.Articles);
        Assert.Equal((Articles.Monday, Articles.Monday.AddDays(4)), (ban.FirstSeen!.Value, ban.LastSeen!.Value));
        Assert.Equal([ban.Id], (await Store.ResolvePersonAsync("Ban", ct)).Select(p => p.Id));

        var profile = await Store.GetPersonAsync(ban.Id, ct);
        Assert.NotNull(profile);
        Assert.Contains(profile.Quotes, q => q.Text.Contains("ceasefire is holding", StringComparison.Ordinal));
        Assert.Contains(profile.Quotes, q => q.Text.Contains("wait any longer", StringComparison.Ordinal));
        Assert.Contains(profile.Quotes, q => q.Text.Contains("convoys were blocked", StringComparison.Ordinal) && q.ArticleSourceId == "t");
        Assert.Contains(profile.Titles, t => t.Title == "UN Secretary-General" && t.First == Articles.Monday);
        Assert.Contains(profile.Associates, a => a.Name == "Ana Torres");

        var ministers = await Store.FindPeopleAsync(new PeopleQuery(Title: "foreign minister"), ct);
        var torres = Assert.Single(ministers);
        Assert.Equal("Ana Torres", torres.Name);
        Assert.Equal(2, torres.Articles);
        Assert.Contains(await Store.PersonLinksAsync(10, ct), l => (l.FirstName, l.SecondName) is ("Ban Ki-moon", "Ana Torres") or ("Ana Torres", "Ban Ki-moon"));
    }

    /// <summary>The event layer's events are stored with their people: "Ana Torres met Ban in Geneva" both ways.</summary>
    [Fact]
    public async Task EventsAreStoredWithTheirPeople()
    {
        var ct = TestContext.Current.CancellationToken;
        await AddAsync(Articles.FullName, "a", Articles.Monday);
        var ban = Assert.Single(await Store.ResolvePersonAsync("Ban Ki-moon", ct)).Id;
        var torres = Assert.Single(await Store.ResolvePersonAsync("Ana Torres", ct)).Id;

        var meetings = await Store.FindEventsAsync(torres, 10, ct);
        Assert.Equal(2, meetings.Count);
        Assert.All(meetings, e => Assert.Equal(("040", "Consult", Articles.Monday), (e.Code, e.Label, e.Date)));
        Assert.Contains(meetings, e => (e.SourceName, e.TargetName, e.TargetActor) == ("Ana Torres", "Ban Ki-moon", "IGOUNO"));
        Assert.Contains(meetings, e => (e.SourcePersonId, e.TargetPersonId) == (ban, torres));
        var trigger = meetings[0].Trigger;
        Assert.Equal("met", Articles.FullName.ReplaceLineEndings("\n")[trigger.Start..trigger.End]);
        Assert.Equal(meetings.Select(e => e.Id).Order(), (await Store.FindEventsAsync(ban, 10, ct)).Select(e => e.Id).Order());
    }
}

public sealed class SqliteNewsStoreTests : NewsStoreContract
{
    protected override string NewLocation() => Backends.TempSqlitePath();

    protected override Task DeleteAsync(string location)
    {
        Directory.Delete(Path.GetDirectoryName(location)!, recursive: true);
        return Task.CompletedTask;
    }
}

public sealed class PostgresNewsStoreTests : NewsStoreContract
{
    protected override string NewLocation() => Backends.NewPostgresLocation();

    protected override Task DeleteAsync(string location) => Backends.DropPostgresSchemaAsync(location);
}
