using System.Diagnostics;
using Newsgraph.Cli.Commands;
using Newsgraph.Cli.Output;
using Newsgraph.Core;
using Newsgraph.Core.Pipeline;

namespace Newsgraph.Cli.Tests.Commands;

/// <summary>Interrupting a run (through its cancellation token or a real signal) and resuming it with --resume.</summary>
public sealed class ExtractionTests : IDisposable
{
    private const int ArticleCount = 10;

    private readonly TempFolder _input = new();
    private readonly TempFolder _output = new();

    public ExtractionTests()
    {
        for (var i = 1; i <= ArticleCount; i++) _input.Write($"a{i:D2}.txt", Article(i, paragraphs: 1));
    }

    public void Dispose()
    {
        _input.Dispose();
        _output.Dispose();
    }

    private static string Article(int number, int paragraphs) =>
        string.Concat(Enumerable.Range(1, paragraphs).Select(paragraph =>
            $"Minister Ana Torres{number} said on Tuesday: “We will build {paragraph} bridges.”\n\nThe envoy disagreed, the ministry said.\n\n"));

    private static string Extension(OutputFormat format) => format == OutputFormat.Brat ? "" : ".jsonl";

    private static CliResult Run(params string[] args) => Cli.Run(args);

    private CliResult RunFolder(OutputFormat format, string output, params string[] options) =>
        Run(["extract", _input.Path, "--format", format.ToString().ToLowerInvariant(), "--out", output, .. options]);

    /// <summary>Runs into <paramref name="output"/> and cancels once <paramref name="articles"/> are written (0: before the first).</summary>
    private CliResult Interrupt(OutputFormat format, string? output, int articles, int threads = 1)
    {
        var settings = new ExtractSettings(_input.Path, format, output, null, null, threads, Resume: false);
        using var interrupt = new CancellationTokenSource();
        if (articles == 0) interrupt.Cancel();
        var written = 0;
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exitCode = Extraction.Run(settings, stdout, stderr, interrupt.Token, () =>
        {
            if (++written == articles) interrupt.Cancel();
        });

        return new CliResult((int)exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The output of an uninterrupted run, as file name and bytes (one entry for jsonl, one per .ann for brat).</summary>
    private string[] Reference(OutputFormat format)
    {
        var reference = _output.File("reference" + Extension(format));
        Assert.Equal(0, RunFolder(format, reference).ExitCode);
        return Snapshot(reference);
    }

    private static string[] Snapshot(string output) =>
        Directory.Exists(output)
            ? [.. Directory.EnumerateFiles(output).Order(StringComparer.Ordinal).Select(file => $"{Path.GetFileName(file)}\n{File.ReadAllText(file)}")]
            : [File.ReadAllText(output)];

    private static int WrittenBefore(CliResult interrupted)
    {
        Assert.Equal(130, interrupted.ExitCode);
        var message = Assert.Single(interrupted.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"^interrupted after \d+ of 10 articles; run again with --resume to continue\.$", message);
        return int.Parse(message.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData("jsonl", 0, 1)]
    [InlineData("jsonl", 3, 1)]
    [InlineData("jsonl", 3, 2)]
    [InlineData("brat", 0, 1)]
    [InlineData("brat", 3, 2)]
    public void AnInterruptedRunResumesToTheOutputOfAnUninterruptedOne(string formatName, int interruptAfter, int threads)
    {
        var format = Enum.Parse<OutputFormat>(formatName, ignoreCase: true);
        var reference = Reference(format);
        var output = _output.File("out" + Extension(format));

        var interrupted = Interrupt(format, output, interruptAfter, threads);

        var written = WrittenBefore(interrupted);
        // Articles already in progress when the token is cancelled are finished and kept too.
        Assert.InRange(written, interruptAfter, ArticleCount - 1);
        Assert.False(Path.Exists(output));
        var partial = output + ".partial";
        Assert.Equal(written, format == OutputFormat.Brat ? Directory.GetFiles(partial).Length : File.ReadAllLines(partial).Length);

        var resumed = RunFolder(format, output, "--resume", "--threads", "3");

        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal($"resuming after {written} of 10 articles finished in {partial}.\n", resumed.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal(reference, Snapshot(output));
        Assert.False(Path.Exists(partial));
    }

    [Fact]
    public void AnInterruptedRunToStdoutKeepsTheArticlesItWrote()
    {
        var interrupted = Interrupt(OutputFormat.Jsonl, output: null, articles: 2);

        Assert.Equal(130, interrupted.ExitCode);
        var lines = interrupted.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"interrupted after {lines.Length} of 10 articles.\n", interrupted.Stderr.ReplaceLineEndings("\n"));
        Assert.Empty(_output.Entries());
    }

    [Fact]
    public void APartialWithAnotherArticleFailsTheResumeAndIsKept()
    {
        var output = _output.File("out.jsonl");
        WrittenBefore(Interrupt(OutputFormat.Jsonl, output, articles: 3));
        var partial = output + ".partial";
        File.WriteAllText(partial, File.ReadAllText(partial).Replace("\"id\":\"a02\"", "\"id\":\"b02\"", StringComparison.Ordinal));
        var corrupt = File.ReadAllBytes(partial);

        var resumed = RunFolder(OutputFormat.Jsonl, output, "--resume");

        Assert.Equal(1, resumed.ExitCode);
        Assert.Contains("line 2 is article 'b02' but article 2 of the input is 'a02'", resumed.Stderr, StringComparison.Ordinal);
        Assert.Contains("run without --resume to start over", resumed.Stderr, StringComparison.Ordinal);
        Assert.Equal(corrupt, File.ReadAllBytes(partial));
        Assert.Equal(["out.jsonl.partial"], _output.Entries());
    }

    [Fact]
    public void APartialFolderWithAnotherArticleFailsTheResume()
    {
        var output = _output.File("ann");
        WrittenBefore(Interrupt(OutputFormat.Brat, output, articles: 3));
        File.WriteAllText(Path.Combine(output + ".partial", "other.ann"), "");

        var resumed = RunFolder(OutputFormat.Brat, output, "--resume");

        Assert.Equal(1, resumed.ExitCode);
        Assert.Contains("other.ann is not one of the first", resumed.Stderr, StringComparison.Ordinal);
        Assert.Equal(["ann.partial"], _output.Entries());
    }

    [Fact]
    public void ACutOffLastLineIsDroppedAndRedone()
    {
        var reference = Reference(OutputFormat.Jsonl);
        var output = _output.File("out.jsonl");
        var written = WrittenBefore(Interrupt(OutputFormat.Jsonl, output, articles: 3));
        var partial = output + ".partial";
        // What a hard kill in the middle of a write leaves: the start of the next article's line, without its newline.
        var nextLine = reference[0].Split('\n')[written];
        File.AppendAllText(partial, nextLine[..(nextLine.Length / 2)]);

        var resumed = RunFolder(OutputFormat.Jsonl, output, "--resume");

        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal(reference, Snapshot(output));
    }

    [Fact]
    public void AnAnnFileCutOffInItsTemporaryNameIsRedone()
    {
        var reference = Reference(OutputFormat.Brat);
        var output = _output.File("ann");
        var written = WrittenBefore(Interrupt(OutputFormat.Brat, output, articles: 3));
        File.WriteAllText(Path.Combine(output + ".partial", $".a{written + 1:D2}.ann.tmp"), "T1\tSour");

        var resumed = RunFolder(OutputFormat.Brat, output, "--resume");

        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal(reference, Snapshot(output));
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("brat")]
    public void WithoutResumeAPartialIsDiscardedAndTheRunStartsOver(string formatName)
    {
        var format = Enum.Parse<OutputFormat>(formatName, ignoreCase: true);
        var reference = Reference(format);
        var output = _output.File("out" + Extension(format));
        WrittenBefore(Interrupt(format, output, articles: 3));

        var rerun = RunFolder(format, output);

        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains($"warning: discarded {output}.partial, left by an interrupted run", rerun.Stderr, StringComparison.Ordinal);
        Assert.Equal(reference, Snapshot(output));
        Assert.False(Path.Exists(output + ".partial"));
    }

    [Fact]
    public void ResumeWithoutAPartialStartsFromTheFirstArticle()
    {
        var reference = Reference(OutputFormat.Jsonl);
        var output = _output.File("out.jsonl");

        var result = RunFolder(OutputFormat.Jsonl, output, "--resume");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"warning: no {output}.partial to resume; starting from the first article.", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(reference, Snapshot(output));
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("brat")]
    public void ABadArticleInAResumedRunLeavesNothingBehind(string formatName)
    {
        var format = Enum.Parse<OutputFormat>(formatName, ignoreCase: true);
        var output = _output.File("out" + Extension(format));
        WrittenBefore(Interrupt(format, output, articles: 3));
        _input.Write("z-empty.txt", "");

        var resumed = RunFolder(format, output, "--resume");

        Assert.Equal(1, resumed.ExitCode);
        Assert.Contains("z-empty.txt: the file is empty", resumed.Stderr, StringComparison.Ordinal);
        Assert.Empty(_output.Entries());
    }

    /// <summary>A stage with a bug: it throws on one article, as an unexpected text might make a real stage do.</summary>
    private sealed class FailingStage(string failingId) : IPipelineStage
    {
        public string Name => "failing";

        public Layers Requires => Layers.None;

        public Layers Produces => Layers.None;

        public void Process(Document document)
        {
            if (document.Id == failingId) throw new InvalidOperationException("stage bug\non two lines");
        }
    }

    /// <summary>The default pipeline with <see cref="FailingStage"/> after its stages, so other articles come out whole.</summary>
    private static NewsPipeline FailingOn(string articleId)
    {
        var builder = new PipelineBuilder();
        foreach (var stage in NewsgraphPipelines.Default.Stages) builder.Add(stage);
        return builder.Add(new FailingStage(articleId)).Build();
    }

    [Theory]
    [InlineData("jsonl", true, 1)]
    [InlineData("jsonl", true, 3)]
    [InlineData("brat", true, 3)]
    [InlineData("jsonl", false, 1)]
    public void AnInternalErrorNamesTheArticleExitsWithSeventyAndLeavesNoOutput(string formatName, bool toFile, int threads)
    {
        var format = Enum.Parse<OutputFormat>(formatName, ignoreCase: true);
        var output = toFile ? _output.File("out" + Extension(format)) : null;
        var settings = new ExtractSettings(_input.Path, format, output, null, null, threads, Resume: false);
        var pipeline = FailingOn("a04");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exitCode = Extraction.Run(settings, stdout, stderr, TestContext.Current.CancellationToken, pipeline: pipeline);

        Assert.Equal(ExitCode.InternalError, exitCode);
        Assert.Equal("internal error while processing 'a04': stage bug on two lines\n", stderr.ToString().ReplaceLineEndings("\n"));
        Assert.Empty(_output.Entries());
        // Stdout cannot be taken back: the articles before the failing one are there, none after it.
        Assert.Equal(toFile ? 0 : 3, stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void AnInternalErrorInAResumedRunLeavesNothingBehind()
    {
        var output = _output.File("out.jsonl");
        WrittenBefore(Interrupt(OutputFormat.Jsonl, output, articles: 3));
        var settings = new ExtractSettings(_input.Path, OutputFormat.Jsonl, output, null, null, 2, Resume: true);
        var pipeline = FailingOn("a08");

        var exitCode = Extraction.Run(settings, new StringWriter(), new StringWriter(), TestContext.Current.CancellationToken, pipeline: pipeline);

        Assert.Equal(ExitCode.InternalError, exitCode);
        Assert.Empty(_output.Entries());
    }

    /// <summary>
    /// The real executable, stopped by a real SIGINT or SIGTERM once it has begun writing, then resumed to the output of
    /// an uninterrupted run. The run must still be going when the signal is sent (200 long articles on one thread take
    /// far longer than the first article), and then it must stop with 130, unless it ignores the signal: a process
    /// started with SIGINT ignored (nohup, a non-interactive shell's background job) keeps ignoring it, as .NET
    /// leaves inherited ignored signals alone; only then is finishing with 0 right.
    /// </summary>
    [Theory]
    [InlineData("INT", 2)]
    [InlineData("TERM", 15)]
    public async Task TheExecutableStoppedByASignalResumesToTheSameOutput(string signal, int signalNumber)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Sends the signal with /bin/kill, which needs Linux.");
        Assert.SkipUnless(File.Exists("/bin/kill"), "/bin/kill is not installed (procps).");
        var cancellationToken = TestContext.Current.CancellationToken;
        using var articles = new TempFolder();
        for (var i = 0; i < 200; i++) articles.Write($"article-{i:D3}.txt", Article(i, paragraphs: 20));
        var reference = _output.File("reference.jsonl");
        Assert.Equal(0, Run("extract", articles.Path, "--out", reference).ExitCode);
        var output = _output.File("out.jsonl");
        var partial = output + ".partial";

        using (var run = StartExecutable("extract", articles.Path, "--out", output, "--threads", "1"))
        {
            var stderr = run.StandardError.ReadToEndAsync(cancellationToken);
            // Written articles show the signal handlers are in place (the run locks the file, so only its size is read).
            while (!run.HasExited && !(new FileInfo(partial) is { Exists: true, Length: > 0 }))
                await Task.Delay(5, cancellationToken);
            Assert.False(run.HasExited, $"the run finished (exit {(run.HasExited ? run.ExitCode : 0)}) before the signal could be sent");
            var ignored = IgnoresSignal(run.Id, signalNumber);
            using (var kill = StartExecutable("/bin/kill", $"-{signal}", run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                await kill.WaitForExitAsync(cancellationToken);
                Assert.Equal(0, kill.ExitCode);
            }

            await run.WaitForExitAsync(cancellationToken);

            if (ignored)
            {
                Assert.Equal(0, run.ExitCode);
            }
            else
            {
                Assert.Equal(130, run.ExitCode);
                Assert.Contains("run again with --resume to continue", await stderr, StringComparison.Ordinal);
                Assert.False(File.Exists(output));
                using var resumed = StartExecutable("extract", articles.Path, "--out", output, "--resume");
                await resumed.WaitForExitAsync(cancellationToken);
                Assert.Equal(0, resumed.ExitCode);
            }
        }

        Assert.Equal(File.ReadAllBytes(reference), File.ReadAllBytes(output));
        Assert.False(File.Exists(partial));
    }

    /// <summary>Whether a running process ignores a signal: its SigIgn mask in /proc has bit (signal - 1) set.</summary>
    private static bool IgnoresSignal(int processId, int signalNumber)
    {
        var line = File.ReadLines($"/proc/{processId}/status").Single(line => line.StartsWith("SigIgn:", StringComparison.Ordinal));
        var mask = ulong.Parse(line["SigIgn:".Length..].Trim(), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
        return (mask & (1UL << (signalNumber - 1))) != 0;
    }

    private static Process StartExecutable(string fileName, params string[] arguments)
    {
        var executable = fileName.StartsWith('/') ? fileName : Path.Combine(AppContext.BaseDirectory, "newsgraph");
        var start = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in fileName.StartsWith('/') ? arguments : [fileName, .. arguments]) start.ArgumentList.Add(argument);
        return Process.Start(start)!;
    }
}
