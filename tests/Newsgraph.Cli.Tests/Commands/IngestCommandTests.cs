using System.Diagnostics;
using Newsgraph.Cli.Commands;
using Newsgraph.Store;

namespace Newsgraph.Cli.Tests.Commands;

/// <summary>
/// <c>newsgraph ingest</c> over made-up articles: every input kind, idempotence, bad input, and interruption at any
/// point (cancellation between articles, a killed process) followed by a run that finishes the job.
/// </summary>
public sealed class IngestCommandTests : IAsyncDisposable
{
    private const string PostgresVariable = "NEWSGRAPH_TEST_POSTGRES";

    private static readonly string[] People = ["Piet Olsen", "Ana Torres", "Ines Varga", "Marek Hollis", "Tove Lind"];
    private static readonly string[] Titles = ["Harbour master", "Foreign Minister", "Mayor", "Fisheries Minister", "Port engineer"];

    private readonly TempFolder _folder = new();
    private readonly List<string> _postgresSchemas = [];

    public async ValueTask DisposeAsync()
    {
        _folder.Dispose();
        foreach (var schema in _postgresSchemas)
        {
            await using var dataSource = Npgsql.NpgsqlDataSource.Create(PostgresUrl.Parse(Environment.GetEnvironmentVariable(PostgresVariable)!));
            await using var drop = dataSource.CreateCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE");
            await drop.ExecuteNonQueryAsync();
        }
    }

    /// <summary>A new, empty store location: a SQLite file, or a fresh schema on the test server (dropped afterwards).</summary>
    private string NewDatabase(string backend, string name)
    {
        if (backend == "sqlite") return _folder.File(name + ".db");
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        Assert.SkipWhen(string.IsNullOrWhiteSpace(server), $"{PostgresVariable} is not set: no PostgreSQL server to test against (.ci/run sets it).");
        var schema = $"cli_{name}_{Guid.NewGuid():N}";
        _postgresSchemas.Add(schema);
        return server + (server!.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "schema=" + schema;
    }

    /// <summary>A made-up article: two people of the cast, each named in full with a title, quoted, then by surname.</summary>
    private static string Article(int i, int paragraphs = 2)
    {
        var first = i % People.Length;
        var second = (i + 2) % People.Length;
        var lines = new List<string>
        {
            $"{Titles[first]} {People[first]} said on Tuesday that the harbour of Kesra would reopen within {i + 2} days.",
            $"“We have checked berth number {i},” {Surname(first)} said. {People[second]} met {Surname(first)} at the quay.",
        };
        for (var p = 2; p < paragraphs; p++)
            lines.Add($"{Surname(second)} said the fleet of {i * 10 + p} boats would wait for calmer water in the bay.");
        return string.Join('\n', lines) + "\n";
    }

    private static string Surname(int person) => People[person].Split(' ')[1];

    private string WriteArticles(string folderName, int count, int paragraphs = 2)
    {
        var folder = Path.Combine(_folder.Path, folderName);
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++) File.WriteAllText(Path.Combine(folder, $"article-{i:D3}.txt"), Article(i, paragraphs));
        var metadata = new[] { "filename\tpublication_date" }
            .Concat(Enumerable.Range(0, count).Select(i => $"article-{i:D3}.txt\t2026-03-{1 + i % 28:D2}"));
        File.WriteAllLines(Path.Combine(_folder.Path, folderName + ".tsv"), metadata);
        return folder;
    }

    private static async Task<StoreSnapshot> SnapshotAsync(string database)
    {
        await using var store = await NewsStores.OpenAsync(database, TestContext.Current.CancellationToken);
        var ct = TestContext.Current.CancellationToken;
        var quotes = await store.FindQuotesAsync(new QuoteQuery(Limit: 100_000), ct);
        var people = await store.FindPeopleAsync(new PeopleQuery(Limit: 100_000), ct);
        return new StoreSnapshot(await store.CountAsync(ct),
            [.. quotes.Select(q => $"{q.ArticleSourceId} {q.Published:yyyy-MM-dd} {q.SpeakerName}: {q.Text}")],
            [.. people.Select(p => $"{p.Name} [{string.Join(", ", p.Aliases)}] {p.Articles} {p.Quotes}")]);
    }

    private sealed record StoreSnapshot(StoreCounts Counts, IReadOnlyList<string> Quotes, IReadOnlyList<string> People)
    {
        public bool Equals(StoreSnapshot? other) =>
            other is not null && Counts == other.Counts && Quotes.SequenceEqual(other.Quotes) && People.SequenceEqual(other.People);

        public override int GetHashCode() => Counts.GetHashCode();
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task IngestingTwiceChangesNothing(string backend)
    {
        var articles = WriteArticles("articles", 12);
        var database = NewDatabase(backend, "news");

        var first = Cli.Run("ingest", articles, "--metadata", articles + ".tsv", "--db", database);
        Assert.Equal((0, ""), (first.ExitCode, first.Stderr));
        Assert.StartsWith("12 added, 0 already stored, 0 failed of 12 articles", first.Stdout, StringComparison.Ordinal);
        var before = await SnapshotAsync(database);

        var second = Cli.Run("ingest", articles, "--metadata", articles + ".tsv", "--db", database);
        Assert.Equal(0, second.ExitCode);
        Assert.StartsWith("0 added, 12 already stored, 0 failed of 12 articles", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(database));
        Assert.Equal(12, before.Counts.Articles);
        Assert.Contains("Piet Olsen", Cli.Run("quotes", "--speaker", "Olsen", "--db", database).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnePersonAcrossArticlesKeepsTheirQuotes()
    {
        var articles = WriteArticles("articles", 10);
        var database = _folder.File("news.db");
        Assert.Equal(0, Cli.Run("ingest", articles, "--metadata", articles + ".tsv", "--db", database).ExitCode);

        await using var store = await NewsStores.OpenAsync(database, TestContext.Current.CancellationToken);
        var olsen = Assert.Single(await store.ResolvePersonAsync("Piet Olsen", TestContext.Current.CancellationToken));
        Assert.Equal(["Olsen", "Piet Olsen"], olsen.Aliases);
        // Articles 0 and 5 name him first; 3 and 8 name him second.
        Assert.Equal(4, olsen.Articles);
        var quotes = await store.FindQuotesAsync(new QuoteQuery(Speaker: "Olsen"), TestContext.Current.CancellationToken);
        Assert.Contains(quotes, q => q.Text == "“We have checked berth number 5,”");
        Assert.All(quotes, q => Assert.Equal("Piet Olsen", q.SpeakerName));
    }

    [Fact]
    public async Task JsonLinesAndHtmlPagesAreReadWithTheirMetadata()
    {
        var crawl = _folder.Write("crawl.jsonl", string.Join('\n',
            """{"id":"j1","published":"2026-03-03T10:15:00Z","title":"Quay reopens","url":"https://example.org/j1","text":"Mayor Ines Varga said the quay was safe. “Come back,” Varga said."}""",
            "",
            """{"id":"j2","text":"Port engineer Tove Lind said the crane was fixed."}""") + "\n");
        var page = _folder.Write("harbour.html", """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Harbour to reopen | Kesra Daily</title>
            <meta property="og:title" content="Harbour to reopen">
            <meta property="article:published_time" content="2026-03-05T09:00:00Z">
            </head><body>
            <nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
            <article>
            <h1>Harbour to reopen</h1>
            <p class="byline">By Lena Fisk</p>
            <p>Harbour master Piet Olsen said on Thursday that the port of Kesra would reopen next week, after a month in which storms kept every ship at anchor outside the breakwater.</p>
            <p>“Ships are already waiting,” Olsen said. He added that the pilots had checked the channel twice and found it clear, and that the first ferries would sail on Monday morning.</p>
            <p>Traders on the quay welcomed the news and said the fish market would open again on the same day, with the fleet back in port.</p>
            </article>
            <footer>Copyright Kesra Daily. All rights reserved.</footer>
            </body></html>
            """);
        var database = _folder.File("news.db");

        var result = Cli.Run("ingest", crawl, page, "--db", database);

        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        await using var store = await NewsStores.OpenAsync(database, TestContext.Current.CancellationToken);
        var listed = await store.ListArticlesAsync(10, 0, TestContext.Current.CancellationToken);
        var j1 = Assert.Single(listed, a => a.SourceId == "j1");
        Assert.Equal(("Quay reopens", "https://example.org/j1", (DateOnly?)new DateOnly(2026, 3, 3)), (j1.Title, j1.Url, j1.Published));
        Assert.Null(Assert.Single(listed, a => a.SourceId == "j2").Published);
        var html = await store.GetArticleAsync(Assert.Single(listed, a => a.SourceId == "harbour").Id, TestContext.Current.CancellationToken);
        Assert.NotNull(html);
        Assert.Equal(("Harbour to reopen", "Lena Fisk", (DateOnly?)new DateOnly(2026, 3, 5)), (html.Article.Title, html.Byline, html.Article.Published));
        Assert.StartsWith("Harbour master Piet Olsen said on Thursday", html.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright", html.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", html.Text, StringComparison.Ordinal);
        Assert.Contains(html.Quotes, q => html.Text[q.Content.Start..q.Content.End] == "“Ships are already waiting,”" && q.SpeakerName == "Piet Olsen");
    }

    [Fact]
    public async Task ABadArticleIsReportedAndTheOthersAreStored()
    {
        var articles = WriteArticles("articles", 3);
        File.WriteAllBytes(Path.Combine(articles, "broken.txt"), [0x48, 0x00, 0x01, 0x02]);
        var crawl = _folder.Write("crawl.jsonl", "{\"id\":\"ok\",\"text\":\"Mayor Ines Varga said the quay was safe.\"}\n{\"id\": 3, \"text\": \n");
        var database = _folder.File("news.db");

        var result = Cli.Run("ingest", articles, crawl, "--db", database);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"error: {Path.Combine(articles, "broken.txt")}: binary data", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"error: {crawl}:2: not a JSON object", result.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("4 added, 0 already stored, 2 failed of 6 articles", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(4, (await SnapshotAsync(database)).Counts.Articles);
    }

    [Theory]
    [InlineData("missing-folder", "no such file or folder")]
    [InlineData("notes.md", "not an article file")]
    public void InputThatCannotBeIngestedFailsBeforeTheStoreIsMade(string name, string reason)
    {
        if (name.EndsWith(".md", StringComparison.Ordinal)) _folder.Write(name, "# notes");
        var database = _folder.File("news.db");

        var result = Cli.Run("ingest", _folder.File(name), "--db", database);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(reason, result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(database));
    }

    [Fact]
    public void AMalformedPostgresUrlIsBadUsage()
    {
        var articles = WriteArticles("articles", 1);
        var result = Cli.Run("ingest", articles, "--db", "postgres://user:secret@localhost");
        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("secret", result.Stderr, StringComparison.Ordinal);
    }

    /// <summary>Interrupted after k articles (the token cancelled, as Ctrl+C does), then run again: the same store as one run.</summary>
    [Theory]
    [InlineData("sqlite", 1)]
    [InlineData("sqlite", 6)]
    [InlineData("sqlite", 17)]
    [InlineData("postgres", 1)]
    [InlineData("postgres", 11)]
    public async Task AnInterruptedIngestRunAgainFinishesWithEveryArticleOnce(string backend, int stopAfter)
    {
        var articles = WriteArticles("articles", 20);
        var reference = NewDatabase(backend, "reference");
        Assert.Equal(0, Cli.Run("ingest", articles, "--metadata", articles + ".tsv", "--db", reference).ExitCode);
        var database = NewDatabase(backend, "news");
        var settings = new IngestSettings([articles], database, articles + ".tsv", Threads: 2);

        using var interrupt = new CancellationTokenSource();
        var handled = 0;
        var stderr = new StringWriter();
        var exitCode = Ingestion.Run(settings, new StringWriter(), stderr, interrupt.Token, () =>
        {
            if (++handled == stopAfter) interrupt.Cancel();
        });
        Assert.Equal(ExitCode.Interrupted, exitCode);
        Assert.Contains($"interrupted after {stopAfter} of 20 articles", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(stopAfter, (await SnapshotAsync(database)).Counts.Articles);

        var stdout = new StringWriter();
        Assert.Equal(ExitCode.Success, Ingestion.Run(settings, stdout, new StringWriter(), TestContext.Current.CancellationToken));
        Assert.StartsWith($"{20 - stopAfter} added, {stopAfter} already stored", stdout.ToString(), StringComparison.Ordinal);
        Assert.Equal(await SnapshotAsync(reference), await SnapshotAsync(database));
    }

    /// <summary>The real executable killed (SIGKILL: no clean-up at all) while it stores, then run again to completion.</summary>
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AKilledIngestRunAgainFinishesWithEveryArticleOnce(string backend)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var articles = WriteArticles("articles", 150, paragraphs: 30);
        var reference = NewDatabase(backend, "reference");
        Assert.Equal(0, Cli.Run("ingest", articles, "--metadata", articles + ".tsv", "--db", reference).ExitCode);
        var database = NewDatabase(backend, "news");
        string[] arguments = ["ingest", articles, "--metadata", articles + ".tsv", "--db", database, "--threads", "1"];

        using (var run = StartExecutable(arguments))
        {
            while (!run.HasExited && await StoredAsync(database) == 0) await Task.Delay(5, cancellationToken);
            Assert.False(run.HasExited, $"the run finished (exit {(run.HasExited ? run.ExitCode : 0)}) before it could be killed");
            run.Kill();
            await run.WaitForExitAsync(cancellationToken);
        }

        var stored = await StoredAsync(database);
        Assert.InRange(stored, 1, 149);
        using (var again = StartExecutable(arguments))
        {
            var stdout = again.StandardOutput.ReadToEndAsync(cancellationToken);
            await again.WaitForExitAsync(cancellationToken);
            Assert.Equal(0, again.ExitCode);
            Assert.StartsWith($"{150 - stored} added, {stored} already stored", await stdout, StringComparison.Ordinal);
        }

        Assert.Equal(await SnapshotAsync(reference), await SnapshotAsync(database));
    }

    /// <summary>
    /// How many articles a store holds, read while another process may be writing it, without creating anything
    /// (0 while its tables do not exist yet).
    /// </summary>
    private static async Task<int> StoredAsync(string database)
    {
        var ct = TestContext.Current.CancellationToken;
        if (NewsStores.IsPostgres(database))
        {
            await using var dataSource = Npgsql.NpgsqlDataSource.Create(PostgresUrl.Parse(database));
            await using var count = dataSource.CreateCommand("SELECT COUNT(*) FROM articles");
            try
            {
                return Convert.ToInt32(await count.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (Npgsql.PostgresException)
            {
                return 0;
            }
        }

        if (!File.Exists(database)) return 0;
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM articles";
        try
        {
            return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0;
        }
    }

    private static Process StartExecutable(string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "newsgraph"))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return Process.Start(start)!;
    }

    [Fact]
    public void PersonShowsTheEventsTheyTookPartIn()
    {
        var article = _folder.Write("meeting.txt", "Mayor Ines Varga met Tove Lind in Kesra on Monday. Varga said the harbour would reopen.\n");
        var database = _folder.File("events.db");
        Assert.Equal(0, Cli.Run("ingest", article, "--db", database).ExitCode);

        var json = Cli.Run("person", "Ines Varga", "--json", "--db", database);
        Assert.Equal(0, json.ExitCode);
        using var profile = System.Text.Json.JsonDocument.Parse(json.Stdout);
        var events = profile.RootElement.GetProperty("events").EnumerateArray()
            .Select(e => (e.GetProperty("sourceName").GetString(), e.GetProperty("code").GetString(), e.GetProperty("targetName").GetString())).ToArray();
        Assert.Contains(("Ines Varga", "040", "Tove Lind"), events);

        var table = Cli.Run("person", "Ines Varga", "--db", database);
        Assert.Contains("Consult (040)", table.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void QueriesPrintTablesAndJson()
    {
        var articles = WriteArticles("articles", 6);
        var database = _folder.File("news.db");
        Assert.Equal(0, Cli.Run("ingest", articles, "--metadata", articles + ".tsv", "--db", database).ExitCode);

        var table = Cli.Run("quotes", "--speaker", "Ana Torres", "--db", database);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("“We have checked berth number 1,”", table.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("berth number 0,", table.Stdout, StringComparison.Ordinal);

        var json = Cli.Run("quotes", "--text", "berth", "--from", "2026-03-02", "--to", "2026-03-03", "--json", "--db", database);
        Assert.Equal(0, json.ExitCode);
        using var quotes = System.Text.Json.JsonDocument.Parse(json.Stdout);
        var published = quotes.RootElement.EnumerateArray().Select(q => q.GetProperty("published").GetString()).ToArray();
        Assert.Equal(["2026-03-02", "2026-03-03"], published);

        var people = Cli.Run("people", "--title", "mayor", "--json", "--db", database);
        using var mayors = System.Text.Json.JsonDocument.Parse(people.Stdout);
        Assert.Equal(["Ines Varga"], mayors.RootElement.EnumerateArray().Select(p => p.GetProperty("name").GetString()));

        var person = Cli.Run("person", "Varga", "--db", database);
        Assert.Equal(0, person.ExitCode);
        Assert.StartsWith("Ines Varga: ", person.Stdout, StringComparison.Ordinal);
        Assert.Contains("Mayor", person.Stdout, StringComparison.Ordinal);
        Assert.Contains("Tove Lind", person.Stdout, StringComparison.Ordinal);
        Assert.Contains("Piet Olsen", person.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Marek Hollis", person.Stdout, StringComparison.Ordinal);

        Assert.Equal(1, Cli.Run("person", "Nobody", "--db", database).ExitCode);
        Assert.Equal(1, Cli.Run("quotes", "--db", _folder.File("missing.db")).ExitCode);
        Assert.Equal(2, Cli.Run("quotes", "--from", "March", "--db", database).ExitCode);
        Assert.Equal(2, Cli.Run("people", "--limit", "0", "--db", database).ExitCode);
    }
}
