using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Newsgraph.Cli.Tests.Commands;

/// <summary><c>newsgraph serve</c> run in-process: it serves a store until cancelled (as Ctrl+C does) and refuses bad setups.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private const string MadeUpArticle = """
        Harbour master Piet Olsen said on Tuesday that the port of Kesra would reopen within days. “The cranes are ready,” Olsen said.
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string IngestedDatabase()
    {
        var database = _folder.File("news.db");
        var ingest = Cli.Run("ingest", _folder.Write("kesra.txt", MadeUpArticle), "--db", database);
        Assert.Equal(0, ingest.ExitCode);
        return database;
    }

    [Fact]
    public async Task It_serves_the_API_and_the_UI_until_interrupted_then_exits_cleanly()
    {
        var database = IngestedDatabase();
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var stdout = new LineWriter();
        var stderr = new StringWriter();
        var serving = Task.Run(() => Program.Run(["serve", "--db", database, "--urls", "http://127.0.0.1:0"], stdout, stderr, interrupt.Token),
            TestContext.Current.CancellationToken);

        var line = await stdout.FirstLine.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.StartsWith($"Serving {database} at http://127.0.0.1:", line, StringComparison.Ordinal);
        var address = new Uri(line.Split(' ')[3]);
        using var client = new HttpClient { BaseAddress = address };
        using var stats = JsonDocument.Parse(await client.GetStringAsync("/api/stats", TestContext.Current.CancellationToken));
        Assert.Equal(1, stats.RootElement.GetProperty("articles").GetInt32());
        var quotes = await client.GetStringAsync("/api/quotes?speaker=Olsen", TestContext.Current.CancellationToken);
        Assert.Contains("The cranes are ready", quotes, StringComparison.Ordinal);
        Assert.Contains("<script src=\"app.js\"", await client.GetStringAsync("/", TestContext.Current.CancellationToken), StringComparison.Ordinal);

        await interrupt.CancelAsync();
        Assert.Equal(0, await serving.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
        Assert.Equal("", stderr.ToString());
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetStringAsync("/api/stats", TestContext.Current.CancellationToken));
    }

    [Fact]
    public void A_missing_database_is_bad_input()
    {
        var result = Cli.Run("serve", "--db", _folder.File("none.db"), "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no such database", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.File("none.db")));
    }

    [Fact]
    public void A_port_in_use_is_one_line_and_exit_1()
    {
        var database = IngestedDatabase();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var result = Cli.Run("serve", "--db", database, "--urls", $"http://127.0.0.1:{port}");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"error: cannot listen on http://127.0.0.1:{port}:", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("ftp://127.0.0.1:21")]
    [InlineData("127.0.0.1:5080")]
    [InlineData("http://127.0.0.1:5080/ui")]
    [InlineData(";")]
    public void An_address_that_is_not_http_host_port_is_bad_usage(string urls)
    {
        var result = Cli.Run("serve", "--db", IngestedDatabase(), "--urls", urls);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--urls", result.Stderr, StringComparison.Ordinal);
    }

    /// <summary>A writer that another thread may read while the command writes: it hands over the first line written.</summary>
    private sealed class LineWriter : TextWriter
    {
        private readonly StringBuilder _line = new();
        private readonly TaskCompletionSource<string> _firstLine = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<string> FirstLine => _firstLine.Task;

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            lock (_line)
            {
                if (value != '\n') _line.Append(value);
                else _firstLine.TrySetResult(_line.ToString());
            }
        }
    }
}
