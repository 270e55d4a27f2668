using System.Text;
using System.Text.Json;

namespace Newsgraph.Cli.Tests.Commands;

public sealed class ExtractCommandTests : IDisposable
{
    private const string Article = "Foreign Minister Ana Torres said on Tuesday: “We won’t leave.”\n\nThe envoy disagreed.\n";

    private readonly TempFolder _input = new();
    private readonly TempFolder _output = new();

    public void Dispose()
    {
        _input.Dispose();
        _output.Dispose();
    }

    private static CliResult Run(params string[] args) => Cli.Run(args);

    private void WriteArticles(params string[] names)
    {
        foreach (var name in names) _input.Write(name, Article);
    }

    [Fact]
    public void FileModeWritesOneIndentedDocument()
    {
        var path = _input.Write("torres.txt", Article);

        var result = Run("extract", path, "--published", "2026-03-04");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        var root = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal("torres", root.GetProperty("id").GetString());
        Assert.Equal("2026-03-04", root.GetProperty("published").GetString());
        foreach (var layer in new[] { "entities", "quotes", "timexes" })
            Assert.Equal(JsonValueKind.Array, root.GetProperty(layer).ValueKind);
        Assert.Contains("\n  \"id\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplainSaysWhatChoseEachQuotesSpeaker()
    {
        var path = _input.Write("torres.txt", "Foreign Minister Ana Torres arrived on Monday.\n\n“We won’t leave the talks,” she said.\n");

        var result = Run("extract", path, "--explain");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        var lines = result.Stdout.Split('\n');
        Assert.Equal("# torres: 1 quote", lines[0]);
        Assert.Contains(lines, line => line.StartsWith("quote 1  direct  [", StringComparison.Ordinal) && line.Contains("We won’t leave the talks", StringComparison.Ordinal));
        // The pronoun is the source; coreference takes it to the named minister.
        Assert.Contains(lines, line => line.StartsWith("  speaker  Ana Torres (entity ", StringComparison.Ordinal) && line.Contains("pronoun \"she\"", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("  decided  sieve adjacent-cue", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("  cue      [", StringComparison.Ordinal) && line.Contains("\"said\", attribution-model cue score ", StringComparison.Ordinal));
    }

    [Fact]
    public void ExplainSaysHowATranscriptLabelReachesItsSpeaker()
    {
        var path = _input.Write("transcript.txt", "Foreign Minister Ana Torres spoke on Monday.\n\nMORALES: Will the port reopen?\n\nTORRES: It will, before the storms.\n");

        var result = Run("extract", path, "--explain");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n');
        Assert.Contains(lines, line => line.StartsWith("  speaker  Ana Torres (entity ", StringComparison.Ordinal) && line.Contains("\"TORRES\", a transcript label", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("  decided  rule speaker-label", StringComparison.Ordinal));
    }

    [Fact]
    public void ExplainSaysWhereAMixedQuotesContentCameFrom()
    {
        var path = _input.Write("harbour.txt", "Foreign Minister Ana Torres spoke on Monday.\n\nThe harbour had been shut for years and was “a danger to every ferry,” Torres added.\n");

        var result = Run("extract", path, "--explain");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n');
        Assert.Contains(lines, line => line.StartsWith("quote 1  mixed  [", StringComparison.Ordinal));
        Assert.Contains(lines, line => line == "  content  the words of the sentence before the quotation, then the quotation its trailing cue closes");
    }

    [Fact]
    public void ExplainingAFolderIntoAFileIsAUsageError()
    {
        WriteArticles("a.txt");

        var result = Run("extract", _input.Path, "--explain", "--out", Path.Combine(_output.Path, "x.txt"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--explain", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_output.Path, "x.txt")));
    }

    [Fact]
    public void FolderModeWritesOneLinePerArticleInNameOrder()
    {
        WriteArticles("b.txt", "a.txt", "c.txt");
        _input.Write("notes.md", "not an article");

        var result = Run("extract", _input.Path);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["a", "b", "c"], lines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()));
        Assert.EndsWith("\n", result.Stdout, StringComparison.Ordinal);
    }

    private static readonly string[] Surnames =
    [
        "Abbott", "Baker", "Carter", "Dalton", "Ellis", "Foster", "Garner", "Hughes", "Irwin", "Jensen", "Keller", "Lawson",
        "Morgan", "Nolan", "Owens", "Porter", "Quinn", "Reyes", "Sutton", "Turner", "Upton", "Vance", "Walsh", "Young",
    ];

    [Fact]
    public void OutputIsTheSameWhateverTheThreadCount()
    {
        // Each article its own minister and number, so an article's output written under another's id shows.
        for (var i = 0; i < Surnames.Length; i++)
        {
            _input.Write($"article-{i:D2}.txt", $"Foreign Minister Ana {Surnames[i]} said on Tuesday: “We will build {i + 2} bridges.”\n\nThe envoy disagreed.\n");
        }

        var one = _output.File("one.jsonl");
        var four = _output.File("four.jsonl");

        Assert.Equal(0, Run("extract", _input.Path, "--format", "jsonl", "--out", one, "--threads", "1").ExitCode);
        Assert.Equal(0, Run("extract", _input.Path, "--format", "jsonl", "--out", four, "--threads", "4").ExitCode);

        Assert.Equal(File.ReadAllBytes(one), File.ReadAllBytes(four));
        Assert.Equal(["four.jsonl", "one.jsonl"], _output.Entries());
        var lines = File.ReadAllLines(four);
        Assert.Equal(Surnames.Length, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var root = JsonDocument.Parse(lines[i]).RootElement;
            Assert.Equal($"article-{i:D2}", root.GetProperty("id").GetString());
            var names = root.GetProperty("entities").EnumerateArray().Select(entity => entity.GetProperty("name").GetString()).ToArray();
            Assert.Contains($"Ana {Surnames[i]}", names);
            Assert.Contains(
                $"We will build {i + 2} bridges.",
                root.GetProperty("quotes").EnumerateArray().Select(quote => quote.GetProperty("text").GetString()).Single(),
                StringComparison.Ordinal);
        }
    }

    [Fact]
    public void MetadataGivesEachArticleItsDate()
    {
        WriteArticles("a.txt", "b.txt");
        var metadata = _output.Write("metadata.tsv", "filename\tauthor\tpublication_date\na.txt\tX\t2015-11-11\nb\tY\t2016-01-05\n");

        var result = Run("extract", _input.Path, "--metadata", metadata);

        Assert.Equal(0, result.ExitCode);
        var dates = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("published").GetString());
        Assert.Equal(["2015-11-11", "2016-01-05"], dates);
    }

    [Fact]
    public void MetadataWithoutAnArticleWarnsAndLeavesItUndated()
    {
        WriteArticles("a.txt");
        var metadata = _output.Write("metadata.tsv", "filename\tpublication_date\nother\t2015-11-11\n");

        var result = Run("extract", _input.Path, "--metadata", metadata);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning: 1 of 1 articles", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("\"published\":null", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void BratModeWritesOneAnnFilePerArticle()
    {
        WriteArticles("a.txt", "b.txt");
        var annotations = _output.File("ann");

        var result = Run("extract", _input.Path, "--format", "brat", "--out", annotations);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal(["a.ann", "b.ann"], Directory.EnumerateFiles(annotations).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["ann"], _output.Entries());
    }

    [Fact]
    public void BratModeAddsFilesToAnExistingFolder()
    {
        WriteArticles("a.txt");
        var annotations = _output.File("ann");
        Directory.CreateDirectory(annotations);
        File.WriteAllText(Path.Combine(annotations, "keep.ann"), "");

        Assert.Equal(0, Run("extract", _input.Path, "--format", "brat", "--out", annotations).ExitCode);

        Assert.Equal(["a.ann", "keep.ann"], Directory.EnumerateFiles(annotations).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["ann"], _output.Entries());
    }

    public static TheoryData<string, byte[], string> BadArticles => new()
    {
        { "empty.txt", [], "empty" },
        { "blank.txt", "  \n\n"u8.ToArray(), "empty" },
        { "binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00], "binary" },
        { "latin1.txt", [0x63, 0x61, 0x66, 0xE9], "UTF-8" },
        { "page.txt", "<!DOCTYPE html><html><body>x</body></html>"u8.ToArray(), "HTML" },
    };

    [Theory]
    [MemberData(nameof(BadArticles))]
    public void ABadFileFailsTheFileRunWithoutOutput(string name, byte[] bytes, string reason)
    {
        var path = _input.Write(name, bytes);
        var output = _output.File("out.json");

        var result = Run("extract", path, "--out", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(reason, result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(_output.Entries());
    }

    [Theory]
    [MemberData(nameof(BadArticles))]
    public void ABadFileFailsTheFolderRunNamingItWithoutOutput(string name, byte[] bytes, string reason)
    {
        WriteArticles("a.txt", "z.txt");
        _input.Write(name, bytes);

        var jsonl = Run("extract", _input.Path, "--out", _output.File("out.jsonl"), "--threads", "3");
        var brat = Run("extract", _input.Path, "--format", "brat", "--out", _output.File("ann"));

        foreach (var result in new[] { jsonl, brat })
        {
            Assert.Equal(1, result.ExitCode);
            Assert.Contains(name, result.Stderr, StringComparison.Ordinal);
            Assert.Contains(reason, result.Stderr, StringComparison.Ordinal);
        }

        Assert.Empty(_output.Entries());
    }

    [Theory]
    [InlineData("1")]
    [InlineData("3")]
    public void ABadFileInTheMiddleOfAFolderWritesNothingToStdout(string threads)
    {
        WriteArticles("a.txt", "b.txt", "c.txt");
        _input.Write("b2.txt", "");
        WriteArticles("d.txt", "e.txt");

        var result = Run("extract", _input.Path, "--threads", threads);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("b2.txt: the file is empty", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void AHugeFileIsRefused()
    {
        var path = _input.File("huge.txt");
        using (var stream = File.Create(path)) stream.SetLength(50L * 1024 * 1024 + 1);

        var result = Run("extract", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("too large", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingInputIsRefused()
    {
        var result = Run("extract", _input.File("missing.txt"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no such file", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderWithoutArticlesIsRefused()
    {
        _input.Write("notes.md", "text");
        var output = _output.File("out.jsonl");

        var result = Run("extract", _input.Path, "--out", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no .txt files", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(_output.Entries());
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--published", "04/03/2026")]
    [InlineData("--published", "2026-02-30")]
    [InlineData("--format", "xml")]
    [InlineData("--format", "brat")]
    [InlineData("--threads", "0")]
    [InlineData("--published", "2026-03-04", "--metadata", "metadata.tsv")]
    [InlineData("--resume")]
    [InlineData("--resume", "--out", "never-written.json")]
    public void BadUsageExitsWithTwo(params string[] options)
    {
        var path = _input.Write("a.txt", Article);

        var result = Run(["extract", path, .. options]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    [Theory]
    [InlineData("--format", "json")]
    [InlineData("--published", "2026-03-04")]
    public void FileOnlyOptionsOnAFolderExitWithTwo(params string[] options)
    {
        WriteArticles("a.txt");

        var result = Run(["extract", _input.Path, .. options]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void MissingInputArgumentExitsWithTwo() => Assert.Equal(2, Run("extract").ExitCode);

    [Fact]
    public void OutputIsUtf8WithoutByteOrderMark()
    {
        var path = _input.Write("a.txt", Article);
        var output = _output.File("a.json");

        Assert.Equal(0, Run("extract", path, "--out", output).ExitCode);

        var bytes = File.ReadAllBytes(output);
        Assert.Equal((byte)'{', bytes[0]);
        Assert.Equal(Encoding.UTF8.GetString(bytes), Run("extract", path).Stdout);
    }
}
