using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Newsgraph.Cli.Input;
using Newsgraph.Core;
using Newsgraph.Core.Evaluation;
using Spectre.Console;

namespace Newsgraph.Cli.Commands;

/// <summary>`newsgraph eval polnear`: scores our attributions (or a folder of predicted .ann files) against PolNeAR gold.</summary>
internal static partial class EvalCommand
{
    /// <summary>What one evaluation reads; <see cref="MetadataPath"/> null means the default beside the corpus, if any.</summary>
    internal sealed record EvalRequest(string GoldDir, string TextDir, string? PredictionDir, string? MetadataPath, PolnearSplitPart Split);

    public static Command Create()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "Folder of gold <article>_<annotator>.ann files; where several annotators read an article, the alphabetically first annotator's file is used.",
            Required = true,
        };
        var text = new Option<string>("--text") { Description = "Folder of <article>.txt texts.", Required = true };
        var prediction = new Option<string?>("--pred")
        {
            Description = "Folder of predicted <article>.ann files (brat standoff) to score instead of running the pipeline; a missing file counts as no predictions.",
        };
        var metadata = new Option<string?>("--metadata")
        {
            Description = "PolNeAR metadata.tsv, for publication dates and the split (default: <TEXT>/../../metadata.tsv when it exists).",
        };
        var split = new Option<PolnearSplitPart>("--split")
        {
            Description = "Which articles to score: dev (the last 84 train articles by date), train (the rest) or all present.",
            DefaultValueFactory = _ => PolnearSplitPart.All,
        };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON instead of a table." };
        var errors = new Option<bool>("--errors")
        {
            Description = "Also list every miss by category (missing cue, missed content, wrong boundary, wrong source, wrong cue, partial or spurious prediction), one a line.",
        };

        var polnear = new Command("polnear", """
            Score attributions against PolNeAR gold: content, exact content, source, cue and full F1.
            A predicted attribution matches a gold one when their contents (ignoring whitespace, quotation marks and
            . , ; :) overlap by at least half of their union; pairs are made one-to-one, best overlap first.

            Examples:
              newsgraph eval polnear --gold ../shared/data/polnear/train/attributions --text ../shared/data/polnear/train/text --split dev
              newsgraph eval polnear --gold GOLD_DIR --text TEXT_DIR --pred PREDICTED_ANN_DIR --json
            """)
        {
            gold, text, prediction, metadata, split, json, errors,
        };
        polnear.SetAction(parseResult =>
        {
            var request = new EvalRequest(
                parseResult.GetValue(gold)!,
                parseResult.GetValue(text)!,
                parseResult.GetValue(prediction),
                parseResult.GetValue(metadata),
                parseResult.GetValue(split));
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(errors) && parseResult.GetValue(json))
            {
                parseResult.InvocationConfiguration.Error.WriteLine("--errors lists misses as text: leave out --json.");
                return (int)ExitCode.BadUsage;
            }

            var misses = parseResult.GetValue(errors) ? new List<ArticleError>() : null;
            var exitCode = Evaluate(request, out var scores, out var error, misses);
            if (exitCode != ExitCode.Success)
            {
                parseResult.InvocationConfiguration.Error.WriteLine(error);
                return (int)exitCode;
            }

            if (parseResult.GetValue(json)) output.WriteLine(ToJson(scores));
            else WriteTable(scores, output);
            if (misses is not null) WriteErrors(misses, output);
            return (int)ExitCode.Success;
        });

        return new Command("eval", """
            Evaluate extraction against annotated corpora.

            Example:
              newsgraph eval polnear --gold ../shared/data/polnear/train/attributions --text ../shared/data/polnear/train/text --split dev
            """) { polnear, CreateGum() };
    }

    /// <summary>
    /// Scores every selected article: <see cref="ExitCode.Success"/>, or the failure's exit code with a one-line reason
    /// when the input is unusable or the options do not fit it.
    /// </summary>
    internal static ExitCode Evaluate(EvalRequest request, out AttributionScores scores, out string error, List<ArticleError>? errors = null)
    {
        scores = AttributionScores.Empty;
        error = "";
        if (!Directory.Exists(request.GoldDir)) return Fail(ExitCode.BadInput, $"Gold folder not found: {request.GoldDir}", out error);
        if (!Directory.Exists(request.TextDir)) return Fail(ExitCode.BadInput, $"Text folder not found: {request.TextDir}", out error);
        if (request.PredictionDir is { } predictionDir && !Directory.Exists(predictionDir))
        {
            return Fail(ExitCode.BadInput, $"Prediction folder not found: {predictionDir}", out error);
        }

        try
        {
            var metadataPath = request.MetadataPath ?? Path.Combine(request.TextDir, "..", "..", "metadata.tsv");
            if (request.MetadataPath is not null && !File.Exists(metadataPath))
                return Fail(ExitCode.BadInput, $"Metadata not found: {metadataPath}", out error);
            var split = File.Exists(metadataPath) ? PolnearSplit.FromMetadata(File.ReadAllText(metadataPath)) : null;
            if (split is null && request.Split != PolnearSplitPart.All)
            {
                return Fail(ExitCode.BadUsage, "--split dev|train needs PolNeAR's metadata.tsv: pass --metadata.", out error);
            }

            var perArticle = new List<AttributionScores>();
            foreach (var (article, annotationPath) in PolnearCorpus.GoldFiles(request.GoldDir, request.TextDir))
            {
                if (split is not null && !split.Includes(request.Split, article)) continue;
                var text = PolnearCorpus.ReadText(request.TextDir, article);
                var gold = BratStandoff.Parse(File.ReadAllText(annotationPath));
                var predicted = Predict(article, text, request.PredictionDir, split);
                perArticle.Add(AttributionScorer.Score(text, gold, predicted));
                errors?.AddRange(AttributionScorer.Diagnose(text, gold, predicted).Select(miss => new ArticleError(article, text, miss)));
            }

            if (perArticle.Count == 0)
                return Fail(ExitCode.BadInput, "No articles to score: no text with gold annotations in the selected split.", out error);
            scores = AttributionScores.Sum(perArticle);
            return ExitCode.Success;
        }
        catch (Exception exception) when (exception is BadInputException or IOException or UnauthorizedAccessException or FormatException)
        {
            return Fail(ExitCode.BadInput, exception.Message.ReplaceLineEndings(" "), out error);
        }
    }

    /// <summary>One miss of one article, with the article's text to quote from.</summary>
    internal sealed record ArticleError(string Article, string Text, AttributionError Error);

    /// <summary>
    /// A count per category, then each miss on a line: category, article, then the gold and the predicted content,
    /// source and cue as offsets with their text, tab-separated ("-" where there is none).
    /// </summary>
    private static void WriteErrors(IReadOnlyList<ArticleError> errors, TextWriter output)
    {
        output.WriteLine();
        foreach (var kind in Enum.GetValues<AttributionErrorKind>())
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Category(kind)}\t{errors.Count(e => e.Error.Kind == kind)}"));
        }

        output.WriteLine();
        output.WriteLine("category\tarticle\tgold content\tgold source\tgold cue\tpredicted content\tpredicted source\tpredicted cue");
        foreach (var (article, text, error) in errors.OrderBy(e => e.Error.Kind))
        {
            string Spans(IReadOnlyList<TextSpan>? spans) => spans is not { Count: > 0 }
                ? "-"
                : string.Join(" … ", spans.Select(span => string.Create(CultureInfo.InvariantCulture, $"[{span.Start},{span.End}) {OneLine(text[span.Start..span.End])}")));
            output.WriteLine(string.Join('\t', Category(error.Kind), article,
                Spans(error.Gold?.Content), Spans(error.Gold?.Source), Spans(error.Gold?.Cue),
                Spans(error.Predicted?.Content), Spans(error.Predicted?.Source), Spans(error.Predicted?.Cue)));
        }
    }

    private static string Category(AttributionErrorKind kind) => kind switch
    {
        AttributionErrorKind.MissingCue => "missing-cue",
        AttributionErrorKind.MissedContent => "missed-content",
        AttributionErrorKind.WrongBoundary => "wrong-boundary",
        AttributionErrorKind.WrongSource => "wrong-source",
        AttributionErrorKind.WrongCue => "wrong-cue",
        AttributionErrorKind.PartialPrediction => "partial-prediction",
        AttributionErrorKind.Spurious => "spurious",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string OneLine(string span) => string.Join(' ', span.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));

    private static IReadOnlyList<Attribution> Predict(string article, string text, string? predictionDir, PolnearSplit? split)
    {
        if (predictionDir is not null)
        {
            var path = Path.Combine(predictionDir, article + ".ann");
            return File.Exists(path) ? BratStandoff.Parse(File.ReadAllText(path)) : [];
        }

        DateOnly? published = split is not null && split.Published.TryGetValue(article, out var date) ? date : null;
        return BratStandoff.FromQuotes(NewsgraphPipelines.Default.Process(text, article, published).Quotes);
    }

    private static ExitCode Fail(ExitCode exitCode, string reason, out string error)
    {
        error = reason;
        return exitCode;
    }

    private static string ToJson(AttributionScores scores) => JsonSerializer.Serialize(new
    {
        articles = scores.Documents,
        gold = scores.Gold,
        predicted = scores.Predicted,
        matched = scores.Matched,
        exactMatched = scores.ExactMatched,
        sourceCorrect = scores.SourceCorrect,
        cueCorrect = scores.CueCorrect,
        directQuotes = scores.DirectQuotes,
        directQuoteSourceCorrect = scores.DirectQuoteSourceCorrect,
        contentPrecision = Round(scores.ContentPrecision),
        contentRecall = Round(scores.ContentRecall),
        contentF1 = Round(scores.ContentF1),
        exactContentF1 = Round(scores.ExactContentF1),
        sourceAccuracy = Round(scores.SourceAccuracy),
        cueAccuracy = Round(scores.CueAccuracy),
        fullF1 = Round(scores.FullF1),
        directQuoteSourceAccuracy = Round(scores.DirectQuoteSourceAccuracy),
    });

    // Four decimals keep the output stable across platforms' last-digit differences.
    private static double Round(double figure) => Math.Round(figure, 4, MidpointRounding.AwayFromZero);

    private static void WriteTable(AttributionScores scores, TextWriter output)
    {
        var table = new Table().AddColumn("figure").AddColumn(new TableColumn("value").RightAligned());
        void Row(string figure, string value) => table.AddRow(Markup.Escape(figure), value);
        string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
        string Figure(double figure) => figure.ToString("0.0000", CultureInfo.InvariantCulture);

        Row("articles", Count(scores.Documents));
        Row("gold attributions", Count(scores.Gold));
        Row("predicted attributions", Count(scores.Predicted));
        Row("matched", Count(scores.Matched));
        Row("content precision", Figure(scores.ContentPrecision));
        Row("content recall", Figure(scores.ContentRecall));
        Row("content F1", Figure(scores.ContentF1));
        Row("exact content F1", Figure(scores.ExactContentF1));
        Row("source accuracy (matched)", Figure(scores.SourceAccuracy));
        Row("cue accuracy (matched)", Figure(scores.CueAccuracy));
        Row("full F1 (content + source)", Figure(scores.FullF1));
        Row($"direct-quote source accuracy ({Count(scores.DirectQuotes)} quotes)", Figure(scores.DirectQuoteSourceAccuracy));

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        console.Write(table);
    }
}
