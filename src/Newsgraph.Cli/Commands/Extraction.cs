using Newsgraph.Cli.Input;
using Newsgraph.Cli.Output;
using System.Text;
using Newsgraph.Core;
using Newsgraph.Core.Pipeline;

namespace Newsgraph.Cli.Commands;

/// <summary>
/// Runs <c>newsgraph extract</c>: reads the articles, runs the default pipeline in parallel, writes in name order.
/// Cancelling the token (Ctrl+C, SIGTERM) stops it between articles; a folder run into --out then keeps its finished
/// articles in a partial output that <c>--resume</c> continues.
/// </summary>
internal static class Extraction
{
    /// <param name="articleWritten">Called after each article is written; tests interrupt a run at a known point with it.</param>
    /// <param name="pipeline">The default pipeline unless given; tests inject a failing one.</param>
    public static ExitCode Run(
        ExtractSettings settings,
        TextWriter stdout,
        TextWriter stderr,
        CancellationToken cancellationToken,
        Action? articleWritten = null,
        NewsPipeline? pipeline = null)
    {
        try
        {
            var interruption = new Interruption(cancellationToken, articleWritten ?? (() => { }));
            return Extract(settings, stdout, stderr, interruption, pipeline ?? NewsgraphPipelines.Default);
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
        catch (ArticleFailedException error)
        {
            // Thrown on through OrderedParallel at the article's place in the order, and the using blocks on the way
            // out have deleted any staged or partial output, as for bad input.
            stderr.WriteLine($"internal error while processing '{error.ArticleId}': {error.InnerException!.Message.ReplaceLineEndings(" ")}");
            return ExitCode.InternalError;
        }
    }

    private static ExitCode Extract(
        ExtractSettings settings, TextWriter stdout, TextWriter stderr, Interruption interruption, NewsPipeline pipeline)
    {
        if (settings.Format == OutputFormat.Brat && settings.Out is null)
            throw new UsageException("--format brat writes one file per article: give the folder with --out DIR.");
        if (settings.Published is not null && settings.Metadata is not null)
            throw new UsageException("give either --published or --metadata, not both.");
        if (settings.Format == OutputFormat.Explain && settings.Out is not null && Directory.Exists(settings.Input))
            throw new UsageException("--explain writes a folder's explanations to the terminal; leave out --out, or explain one article at a time.");
        if (settings.Resume && settings.Out is null)
            throw new UsageException("--resume continues an interrupted run into --out: give the same --out again.");

        var isFolder = Directory.Exists(settings.Input);
        if (!isFolder && !File.Exists(settings.Input)) throw new BadInputException($"{settings.Input}: no such file or folder.");
        var format = settings.Format ?? (isFolder ? OutputFormat.Jsonl : OutputFormat.Json);
        if (isFolder && format == OutputFormat.Json)
            throw new UsageException("--format json writes a single document; for a folder use jsonl or brat.");
        if (isFolder && settings.Published is not null)
            throw new UsageException("--published dates a single article; for a folder give --metadata TSV.");
        if (!isFolder && settings.Resume)
            throw new UsageException("--resume continues an interrupted folder run; a single article has nothing to resume.");

        var articles = ListArticles(settings, isFolder, stderr);
        Func<Document, byte[]> render = format switch
        {
            OutputFormat.Brat => document => Encoding.UTF8.GetBytes(BratWriter.ToAnn(document)),
            OutputFormat.Explain => document => Encoding.UTF8.GetBytes(ExplanationWriter.ToText(document)),
            _ => document => JsonDocumentWriter.ToUtf8Json(document, indented: format == OutputFormat.Json),
        };
        // Progress only where a person watches it, never into a redirected stream or a test's writer.
        var showProgress = settings.Out is not null && ArticleProgress.IsShownOn(stderr);
        // Lines on stdout cannot be taken back, so there every article is checked before the first is written; files
        // written to --out are staged and dropped on bad input, so they need no second read.
        var writer = new InOrderWriter(articles, settings.Threads, pipeline, render, showProgress, checkAllFirst: settings.Out is null, interruption);

        if (settings.Out is null) return WriteToStdout(writer, stdout, stderr);
        if (isFolder) return WritePartial(writer, format, settings, stderr);
        return WriteStaged(writer, settings.Out, stderr);
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

    private static ExitCode WriteToStdout(InOrderWriter writer, TextWriter stdout, TextWriter stderr)
    {
        // A TextWriter takes text only, so this one output decodes the UTF-8 again.
        var written = writer.Write(0, (_, rendered) => WriteLine(stdout, Encoding.UTF8.GetString(rendered)));
        return Finish(written, writer.Total, resumable: false, stderr);
    }

    /// <summary>A single article into --out: staged and renamed, as it has nothing to resume.</summary>
    private static ExitCode WriteStaged(InOrderWriter writer, string destination, TextWriter stderr)
    {
        using var staged = new StagedFile(destination);
        var written = writer.Write(0, (_, rendered) =>
        {
            staged.Stream.Write(rendered);
            staged.Stream.WriteByte((byte)'\n');
        });
        if (written == writer.Total) staged.Commit();
        return Finish(written, writer.Total, resumable: false, stderr);
    }

    /// <summary>A folder into --out: built up in a partial output that an interrupted run keeps for --resume.</summary>
    private static ExitCode WritePartial(InOrderWriter writer, OutputFormat format, ExtractSettings settings, TextWriter stderr)
    {
        using PartialOutput output = format == OutputFormat.Brat
            ? PartialDirectory.Open(settings.Out!, writer.Articles, settings.Resume)
            : PartialFile.Open(settings.Out!, writer.Articles, settings.Resume);
        ReportEarlierRun(output, settings.Resume, writer.Total, stderr);
        var written = writer.Write(output.Completed, output.Write);
        if (written == writer.Total) output.Commit();
        else output.Keep();
        return Finish(written, writer.Total, resumable: true, stderr);
    }

    private static void ReportEarlierRun(PartialOutput output, bool resume, int total, TextWriter stderr)
    {
        switch (output.EarlierRun)
        {
            case EarlierRun.Discarded:
                stderr.WriteLine($"warning: discarded {output.DisplayPath}, left by an interrupted run; pass --resume to continue such a run instead.");
                break;
            case EarlierRun.Resumed:
                stderr.WriteLine($"resuming after {output.Completed} of {total} articles finished in {output.DisplayPath}.");
                break;
            case EarlierRun.None when resume:
                stderr.WriteLine($"warning: no {output.DisplayPath} to resume; starting from the first article.");
                break;
        }
    }

    private static ExitCode Finish(int written, int total, bool resumable, TextWriter stderr)
    {
        if (written == total) return ExitCode.Success;
        stderr.WriteLine(resumable
            ? $"interrupted after {written} of {total} articles; run again with --resume to continue."
            : $"interrupted after {written} of {total} articles.");
        return ExitCode.Interrupted;
    }

    private static void WriteLine(TextWriter writer, string text)
    {
        // "\n", not TextWriter.WriteLine: the same bytes on every platform.
        writer.Write(text);
        writer.Write('\n');
    }

    /// <summary>How a run is interrupted: the token, and the hook called after each article is written.</summary>
    private sealed record Interruption(CancellationToken Token, Action ArticleWritten);

    /// <summary>A bug in processing an article (not bad input), carrying the article's id for the one-line report.</summary>
    private sealed class ArticleFailedException(string articleId, Exception cause)
        : Exception($"internal error while processing '{articleId}'", cause)
    {
        public string ArticleId => articleId;
    }

    /// <summary>Processes articles in parallel and writes them in input order, with progress on a terminal.</summary>
    private sealed class InOrderWriter(
        ArticleFile[] articles,
        int threads,
        NewsPipeline pipeline,
        Func<Document, byte[]> render,
        bool showProgress,
        bool checkAllFirst,
        Interruption interruption)
    {
        public ArticleFile[] Articles => articles;

        public int Total => articles.Length;

        /// <summary>
        /// Writes the articles from index <paramref name="first"/> on and returns how many of all are written then:
        /// fewer than all when interrupted, after every article finished by then is written. With checkAllFirst, every
        /// article is read and checked first, so a bad one fails the run before anything is written.
        /// </summary>
        public int Write(int first, Action<ArticleFile, byte[]> write)
        {
            // The first bad article in name order is reported, whatever the thread count.
            if (checkAllFirst) _ = OrderedParallel.Select(articles[first..], threads, article => ArticleReader.ReadText(article.Path).Length, interruption.Token).Count();
            var written = first;
            WithProgress(first, advance =>
            {
                var processed = OrderedParallel.Select(articles[first..], threads, Process, interruption.Token);
                foreach (var (article, rendered, words) in processed)
                {
                    write(article, rendered);
                    written++;
                    advance(written, words);
                    interruption.ArticleWritten();
                }
            });
            return written;
        }

        private (ArticleFile Article, byte[] Rendered, int Words) Process(ArticleFile article)
        {
            var text = ArticleReader.ReadText(article.Path);
            try
            {
                var document = pipeline.Process(text, article.Id, article.Published);
                return (article, render(document), document.WordCount);
            }
            catch (Exception error)
            {
                // Whatever a stage or the writer throws for checked text is a bug; the id tells which article shows it.
                throw new ArticleFailedException(article.Id, error);
            }
        }

        /// <param name="work">Gets the callback to report articles written so far, counting an earlier run's, and the words of the latest.</param>
        private void WithProgress(int first, Action<Action<int, int>> work) =>
            ArticleProgress.Run(showProgress, first, articles.Length, work);
    }
}
