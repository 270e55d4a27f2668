using System.CommandLine;
using System.Text.Json;
using Newsgraph.Cli.Commands;
using Newsgraph.Cli.Input;
using Newsgraph.Core.Evaluation;

namespace Newsgraph.Cli.Tests.Commands;

public sealed class EvalCommandTests : IDisposable
{
    private const string FirstText = "Ann said \"we will win.\" Bob left.";
    private const string SecondText = "Cy says taxes will rise.";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "newsgraph-eval-" + Guid.NewGuid().ToString("N"));
    private readonly string _text;
    private readonly string _gold;
    private readonly string _predictions;

    public EvalCommandTests()
    {
        _text = Path.Combine(_root, "train", "text");
        _gold = Path.Combine(_root, "train", "attributions");
        _predictions = Path.Combine(_root, "predictions");
        Directory.CreateDirectory(_text);
        Directory.CreateDirectory(_gold);
        Directory.CreateDirectory(_predictions);

        File.WriteAllText(Path.Combine(_text, "paper_2016-01-01_first.txt"), FirstText);
        File.WriteAllText(Path.Combine(_text, "paper_2016-02-01_second.txt"), SecondText);
        File.WriteAllText(Path.Combine(_text, "paper_2016-03-01_unannotated.txt"), "No gold here.");
        // Two annotators read the first article; the alphabetically first (aa11) is the gold.
        File.WriteAllText(Path.Combine(_gold, "paper_2016-01-01_first_aa11.ann"), Ann(source: (0, 3), cue: (4, 8), content: (9, 23)));
        File.WriteAllText(Path.Combine(_gold, "paper_2016-01-01_first_zz99.ann"), Ann(source: (24, 27), cue: (28, 32), content: (0, 3)));
        File.WriteAllText(Path.Combine(_gold, "paper_2016-02-01_second_bb22.ann"), Ann(source: (0, 2), cue: (3, 7), content: (8, 23)));
        File.WriteAllText(Path.Combine(_gold, "paper_2016-04-01_no-text_aa11.ann"), Ann(source: (0, 1), cue: (1, 2), content: (2, 3)));

        // Predictions: the first article right but for its source; none for the second.
        File.WriteAllText(Path.Combine(_predictions, "paper_2016-01-01_first.ann"), Ann(source: (24, 27), cue: (4, 8), content: (10, 21)));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Ann((int Start, int End) source, (int Start, int End) cue, (int Start, int End) content) =>
        $"T1\tSource {source.Start} {source.End}\tx\nT2\tCue {cue.Start} {cue.End}\tx\nT3\tContent {content.Start} {content.End}\tx\n" +
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n";

    private void WriteMetadata() => File.WriteAllText(
        Path.Combine(_root, "metadata.tsv"),
        "compartment\tfilename\tpublication_date\n" +
        "train\tpaper_2016-01-01_first\t2016-01-01\n" +
        "train\tpaper_2016-02-01_second\t2016-02-01\n");

    private static (int ExitCode, string Output, string Error) Invoke(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand { EvalCommand.Create() };
        var exitCode = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void ScoresPredictionsAgainstTheFirstAnnotatorsGold()
    {
        var request = new EvalCommand.EvalRequest(_gold, _text, _predictions, null, PolnearSplitPart.All);

        Assert.Equal(ExitCode.Success, EvalCommand.Evaluate(request, out var scores, out var error));
        Assert.Empty(error);

        Assert.Equal(new AttributionScores(2, 2, 1, 1, 1, 0, 1, 1, 0), scores);
    }

    [Fact]
    public void RunsThePipelineWhenNoPredictionsAreGiven()
    {
        // Its own corpus: one article whose attribution the pipeline must find for the scores to be non-zero.
        var text = Path.Combine(_root, "pipeline", "text");
        var gold = Path.Combine(_root, "pipeline", "attributions");
        Directory.CreateDirectory(text);
        Directory.CreateDirectory(gold);
        File.WriteAllText(Path.Combine(text, "paper_2016-05-01_harbour.txt"), "“The harbour will reopen before the storms,” Brandt said.");
        File.WriteAllText(Path.Combine(gold, "paper_2016-05-01_harbour_aa11.ann"), Ann(source: (45, 51), cue: (52, 56), content: (1, 43)));
        var request = new EvalCommand.EvalRequest(gold, text, null, null, PolnearSplitPart.All);

        Assert.Equal(ExitCode.Success, EvalCommand.Evaluate(request, out var scores, out var error));
        Assert.Empty(error);

        Assert.Equal(1, scores.Documents);
        Assert.Equal(1, scores.Gold);
        Assert.True(scores.Predicted >= 1, $"the pipeline predicted nothing: {scores}");
        Assert.True(scores.Matched >= 1, $"no prediction overlaps the gold content: {scores}");
        Assert.True(scores.SourceCorrect >= 1, $"the matched attribution's source is not Brandt: {scores}");
        Assert.True(scores.CueCorrect >= 1, $"the matched attribution's cue is not 'said': {scores}");
    }

    [Fact]
    public void RestrictsToTheDevSplitWithTheDefaultMetadata()
    {
        WriteMetadata();
        var request = new EvalCommand.EvalRequest(_gold, _text, _predictions, null, PolnearSplitPart.Dev);

        Assert.Equal(ExitCode.Success, EvalCommand.Evaluate(request, out var scores, out var error));
        Assert.Empty(error);

        // Fewer than 84 train articles: all of them are dev.
        Assert.Equal(2, scores.Documents);
    }

    [Fact]
    public void PrintsJson()
    {
        var (exitCode, output, error) = Invoke("eval", "polnear", "--gold", _gold, "--text", _text, "--pred", _predictions, "--json");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetProperty("articles").GetInt32());
        Assert.Equal(0.6667, json.RootElement.GetProperty("contentF1").GetDouble());
        Assert.Equal(0, json.RootElement.GetProperty("fullF1").GetDouble());
    }

    [Fact]
    public void PrintsATable()
    {
        var (exitCode, output, _) = Invoke("eval", "polnear", "--gold", _gold, "--text", _text, "--pred", _predictions);

        Assert.Equal(0, exitCode);
        Assert.Contains("content F1", output, StringComparison.Ordinal);
        Assert.Contains("0.6667", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ListsEachMissByCategory()
    {
        var (exitCode, output, error) = Invoke("eval", "polnear", "--gold", _gold, "--text", _text, "--pred", _predictions, "--errors");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        var lines = output.Split('\n');
        Assert.Contains("wrong-source\t1", lines);
        Assert.Contains("missing-cue\t1", lines);
        Assert.Contains("spurious\t0", lines);
        // The first article's source is wrong: gold "Ann", predicted "Bob"; the second's attribution was never found.
        Assert.Contains(lines, line => line.StartsWith("wrong-source\tpaper_2016-01-01_first\t", StringComparison.Ordinal)
            && line.Contains("[0,3) Ann", StringComparison.Ordinal) && line.Contains("[24,27) Bob", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("missing-cue\tpaper_2016-02-01_second\t[8,23) taxes will rise", StringComparison.Ordinal));
    }

    [Fact]
    public void ErrorsAndJsonTogetherAreAUsageError()
    {
        var (exitCode, output, error) = Invoke("eval", "polnear", "--gold", _gold, "--text", _text, "--pred", _predictions, "--errors", "--json");

        Assert.Equal((int)ExitCode.BadUsage, exitCode);
        Assert.Empty(output);
        Assert.Contains("--errors", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing-gold", 1)]
    [InlineData("missing-pred", 1)]
    [InlineData("no-articles", 1)]
    [InlineData("text-not-utf8", 1)]
    [InlineData("split-without-metadata", 2)]
    public void AFailureExitsWithItsCodeAndOneLineReason(string problem, int expectedExitCode)
    {
        var empty = Path.Combine(_root, "empty");
        Directory.CreateDirectory(empty);
        string[] args = problem switch
        {
            "missing-gold" => ["eval", "polnear", "--gold", Path.Combine(_root, "nowhere"), "--text", _text],
            "missing-pred" => ["eval", "polnear", "--gold", _gold, "--text", _text, "--pred", Path.Combine(_root, "nowhere")],
            "split-without-metadata" => ["eval", "polnear", "--gold", _gold, "--text", _text, "--split", "dev"],
            "text-not-utf8" => ["eval", "polnear", "--gold", _gold, "--text", _text, "--pred", _predictions],
            _ => ["eval", "polnear", "--gold", empty, "--text", _text],
        };
        // Latin-1 "é": a lenient reader would decode it as U+FFFD and score offsets extract never produces.
        if (problem == "text-not-utf8") File.WriteAllBytes(Path.Combine(_text, "paper_2016-02-01_second.txt"), [.. "Cy says caf"u8, 0xE9, .. " taxes rise."u8]);

        var (exitCode, output, error) = Invoke(args);

        Assert.Equal(expectedExitCode, exitCode);
        Assert.Empty(output);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        if (problem == "text-not-utf8") Assert.Contains("paper_2016-02-01_second.txt: not valid UTF-8 text", error, StringComparison.Ordinal);
    }

    /// <summary>The real PolNeAR train data in ../shared, when this checkout has it.</summary>
    private static string? PolnearDir()
    {
        var polnear = Path.Combine(Repository.SharedData, "polnear");
        return File.Exists(Path.Combine(polnear, "metadata.tsv")) ? polnear : null;
    }

    [Fact]
    public void TheDevSplitHasEightyFourArticlesWithGold()
    {
        var polnear = PolnearDir();
        if (polnear is null) Assert.Skip("PolNeAR is not in ../shared/data/polnear.");
        var split = PolnearSplit.FromMetadata(File.ReadAllText(Path.Combine(polnear, "metadata.tsv")));
        var withGold = PolnearCorpus.GoldFiles(Path.Combine(polnear, "train", "attributions"), Path.Combine(polnear, "train", "text"));

        Assert.Equal(PolnearSplit.DevArticleCount, split.Dev.Count);
        Assert.Empty(split.Dev.Intersect(split.Train));
        Assert.Equal(PolnearSplit.DevArticleCount, withGold.Count(entry => split.Dev.Contains(entry.Article)));
    }

    [Fact]
    public void EveryAnnotationSpanLiesInsideItsText()
    {
        var polnear = PolnearDir();
        if (polnear is null) Assert.Skip("PolNeAR is not in ../shared/data/polnear.");
        var textDir = Path.Combine(polnear, "train", "text");
        var attributionCount = 0;
        foreach (var path in Directory.EnumerateFiles(Path.Combine(polnear, "train", "attributions"), "*.ann"))
        {
            var fileName = Path.GetFileNameWithoutExtension(path);
            var text = File.ReadAllText(Path.Combine(textDir, fileName[..fileName.LastIndexOf('_')] + ".txt"));
            foreach (var attribution in BratStandoff.Parse(File.ReadAllText(path)))
            {
                attributionCount++;
                foreach (var span in attribution.Content.Concat(attribution.Cue).Concat(attribution.Source))
                {
                    Assert.True(span.Start >= 0 && span.End <= text.Length && !span.IsEmpty, $"{fileName}: {span} outside a text of {text.Length}");
                }
            }
        }

        Assert.True(attributionCount > 10_000, $"only {attributionCount} attributions parsed");
    }

    /// <summary>
    /// Floors against regressions on our dev split, a little under the figures of issue #4's work (content F1 0.672,
    /// full F1 0.613, cue 0.933, direct-quote source 0.950; the README's Accuracy section): issue #4's cue target
    /// (0.90) in full, the others with room for the noise a retrained model brings (about ±0.006).
    /// </summary>
    [Fact]
    public void TheDevSplitKeepsItsAttributionFigures()
    {
        var polnear = PolnearDir();
        if (polnear is null) Assert.Skip("PolNeAR is not in ../shared/data/polnear.");
        var request = new EvalCommand.EvalRequest(
            Path.Combine(polnear, "train", "attributions"), Path.Combine(polnear, "train", "text"), null, null, PolnearSplitPart.Dev);

        Assert.Equal(ExitCode.Success, EvalCommand.Evaluate(request, out var scores, out var error));
        Assert.Equal("", error);
        Assert.Equal(PolnearSplit.DevArticleCount, scores.Documents);
        Assert.True(scores.ContentF1 >= 0.66, $"content F1 {scores.ContentF1:F4}");
        Assert.True(scores.FullF1 >= 0.60, $"full F1 {scores.FullF1:F4}");
        Assert.True(scores.CueAccuracy >= 0.90, $"cue accuracy {scores.CueAccuracy:F4}");
        Assert.True(scores.DirectQuoteSourceAccuracy >= 0.93, $"direct-quote source accuracy {scores.DirectQuoteSourceAccuracy:F4}");
    }
}
