using Newsgraph.Cli.Input;
using Newsgraph.Cli.Output;
using Newsgraph.Core;
using Spectre.Console;

namespace Newsgraph.Cli.Commands;

/// <summary>Runs <c>newsgraph extract</c>: reads the articles, runs the default pipeline in parallel, writes in name order.</summary>
internal static class Extraction
{
    public static ExitCode Run(ExtractSettings settings, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            Extract(settings, stdout, stderr);
            return ExitCode.Success;
        }
        catch (UsageException error)
        {
            stderr.WriteLine($"error: {error.Message}");
            return ExitCode.BadUsage;
        }
        catch (Exception error) when (error is BadInputException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {error.Message}");
            return ExitCode.BadInput;
        }
    }

    private static void Extract(ExtractSettings settings, TextWriter stdout, TextWriter stderr)
    {
        if (settings.Format == OutputFormat.Brat && settings.Out is null)
            throw new UsageException("--format brat writes one file per article: give the folder with --out DIR.");
        if (settings.Published is not null && settings.Metadata is not null)
            throw new UsageException("give either --published or --metadata, not both.");

        var isFolder = Directory.Exists(settings.Input);
        if (!isFolder && !File.Exists(settings.Input)) throw new BadInputException($"{settings.Input}: no such file or folder.");
        var format = settings.Format ?? (isFolder ? OutputFormat.Jsonl : OutputFormat.Json);
        if (isFolder && format == OutputFormat.Json)
            throw new UsageException("--format json writes a single document; for a folder use jsonl or brat.");
        if (isFolder && settings.Published is not null)
            throw new UsageException("--published dates a single article; for a folder give --metadata TSV.");

        var articles = ListArticles(settings, isFolder, stderr);
        // Progress only where a person watches it, never into a redirected stream or a test's writer.
        var showProgress = settings.Out is not null && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        if (format == OutputFormat.Brat) WriteBrat(articles, settings, showProgress);
        else WriteJson(articles, settings, indented: format == OutputFormat.Json, stdout, showProgress);
    }

    private static ArticleFile[] ListArticles(ExtractSettings settings, bool isFolder, TextWriter stderr)
    {
        IReadOnlyList<string> paths = isFolder ? ArticleReader.ListArticles(settings.Input) : [settings.Input];
        var dates = settings.Metadata is null ? null : PublicationDates.Read(settings.Metadata);
        var articles = paths
            .Select(path => ArticleReader.IdOf(path))
            .Zip(paths, (id, path) => new ArticleFile(id, path, dates is null ? settings.Published : dates.For(id)))
            .ToArray();
        var undated = dates is null ? 0 : articles.Count(article => article.Published is null);
        if (undated > 0)
            stderr.WriteLine($"warning: {undated} of {articles.Length} articles have no publication_date in {settings.Metadata}; their relative dates stay unresolved.");
        return articles;
    }

    private static void WriteJson(ArticleFile[] articles, ExtractSettings settings, bool indented, TextWriter stdout, bool showProgress)
    {
        using var staged = settings.Out is null ? null : new StagedFile(settings.Out);
        var writer = staged?.Writer ?? stdout;
        WithProgress(showProgress, articles.Length, advance =>
        {
            foreach (var (_, json) in ProcessInOrder(articles, settings.Threads, document => JsonDocumentWriter.ToJson(document, indented)))
            {
                // "\n", not WriteLine: the same bytes on every platform.
                writer.Write(json);
                writer.Write('\n');
                advance();
            }
        });
        staged?.Commit();
    }

    private static void WriteBrat(ArticleFile[] articles, ExtractSettings settings, bool showProgress)
    {
        using var staged = new StagedDirectory(settings.Out!);
        WithProgress(showProgress, articles.Length, advance =>
        {
            foreach (var (article, ann) in ProcessInOrder(articles, settings.Threads, BratWriter.ToAnn))
            {
                staged.WriteFile(article.Id + BratWriter.Extension, ann);
                advance();
            }
        });
        staged.Commit();
    }

    /// <summary>
    /// Processes articles on <paramref name="threads"/> threads and yields them in input order. A bad article stops the
    /// run at the first one in that order, whichever thread met it first, so the reported error is reproducible too.
    /// </summary>
    private static IEnumerable<(ArticleFile Article, string Rendered)> ProcessInOrder(
        ArticleFile[] articles, int threads, Func<Document, string> render)
    {
        var outcomes = articles
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(threads)
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(article => Process(article, render));
        foreach (var outcome in outcomes)
        {
            if (outcome.Error is not null) throw outcome.Error;
            yield return (outcome.Article, outcome.Rendered!);
        }
    }

    private static Outcome Process(ArticleFile article, Func<Document, string> render)
    {
        try
        {
            var text = ArticleReader.ReadText(article.Path);
            var document = NewsgraphPipelines.Default.Process(text, article.Id, article.Published);
            return new Outcome(article, render(document), null);
        }
        catch (BadInputException error)
        {
            return new Outcome(article, null, error);
        }
    }

    private static void WithProgress(bool show, int total, Action<Action> work)
    {
        if (!show)
        {
            work(() => { });
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("Extracting", maxValue: total);
                work(() => task.Increment(1));
            });
    }

    private sealed record Outcome(ArticleFile Article, string? Rendered, BadInputException? Error);
}
