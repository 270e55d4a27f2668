using System.Diagnostics;
using System.Globalization;
using Newsgraph.Cli.Input;
using Newsgraph.Cli.Output;
using Newsgraph.Core;
using Newsgraph.Core.Pipeline;
using Newsgraph.Store;

namespace Newsgraph.Cli.Commands;

/// <summary>
/// Runs <c>newsgraph ingest</c>: reads the articles, analyses them in parallel and stores them one by one in input
/// order, each in its own transaction keyed by the hash of its text. Articles already stored are skipped before the
/// pipeline runs, so running the same command again after an interruption (Ctrl+C, a kill, a crash) finishes the job
/// with every article stored once. A bad article is reported and skipped; the run then exits with 1.
/// </summary>
internal static class Ingestion
{
    /// <summary>How many articles are read ahead per thread: bounds the memory a huge JSON lines file takes.</summary>
    private const int BatchPerThread = 32;

    /// <param name="articleStored">Called after each article is handled; tests interrupt a run at a known point with it.</param>
    public static ExitCode Run(IngestSettings settings, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken,
        Action? articleStored = null)
    {
        try
        {
            return Ingest(settings, stdout, stderr, cancellationToken, articleStored ?? (() => { }));
        }
        catch (StoreLocationException error)
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

    private static ExitCode Ingest(IngestSettings settings, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken, Action articleStored)
    {
        var files = NewsInput.ListFiles(settings.Paths);
        var dates = settings.Metadata is null ? null : PublicationDates.Read(settings.Metadata);
        var total = files.Sum(NewsInput.CountArticles);
        var clock = Stopwatch.StartNew();
        using var store = StoreOpener.Open(settings.Database, cancellationToken);
        var pipeline = NewsgraphPipelines.Default;
        var counts = new Counts();

        var articles = files.SelectMany(file => NewsInput.Articles(file, id => dates?.For(id)));
        ArticleProgress.Run(ArticleProgress.IsShownOn(stderr), 0, total, advance =>
        {
            foreach (var batch in articles.Chunk(BatchPerThread * settings.Threads))
            {
                var analysed = OrderedParallel.Select(batch, settings.Threads, read => Analyse(read, store.Store, pipeline, cancellationToken), cancellationToken);
                foreach (var result in analysed)
                {
                    // Articles analysed by the time of an interrupt are left for the next run, as they were not stored.
                    if (cancellationToken.IsCancellationRequested) break;
                    var words = Store(result, store.Store, counts, stderr, cancellationToken);
                    advance(counts.Handled, words);
                    articleStored();
                }

                if (cancellationToken.IsCancellationRequested) break;
            }
        });

        if (counts.Handled < total && cancellationToken.IsCancellationRequested)
        {
            stderr.WriteLine($"interrupted after {counts.Handled} of {total} articles; run the same command again to finish (stored articles are skipped).");
            return ExitCode.Interrupted;
        }

        stdout.Write(string.Create(CultureInfo.InvariantCulture,
            $"{counts.Added} added, {counts.AlreadyStored} already stored, {counts.Failed} failed of {total} articles into {store.Store.Location} in {clock.Elapsed.TotalSeconds:F1} s\n"));
        if (counts.InternalErrors > 0) return ExitCode.InternalError;
        return counts.Failed > 0 ? ExitCode.BadInput : ExitCode.Success;
    }

    /// <summary>Reads and analyses one article on a worker thread; what went wrong is returned, not thrown, so the others go on.</summary>
    private static Analysed Analyse(Func<NewsArticle> read, INewsStore store, NewsPipeline pipeline, CancellationToken cancellationToken)
    {
        NewsArticle article;
        try
        {
            article = read();
        }
        catch (BadInputException error)
        {
            return new Analysed(null, null, error.Message, InternalError: false);
        }

        if (store.ContainsAsync(ContentHash.Of(article.Text), cancellationToken).GetAwaiter().GetResult())
            return new Analysed(article, null, null, InternalError: false);
        try
        {
            return new Analysed(article, pipeline.Process(article.Text, article.Id, article.Published), null, InternalError: false);
        }
        catch (Exception error)
        {
            // Whatever a stage throws for checked text is a bug; the id tells which article shows it.
            return new Analysed(article, null, $"internal error while processing '{article.Id}' ({article.Origin}): {error.Message.ReplaceLineEndings(" ")}",
                InternalError: true);
        }
    }

    /// <summary>Stores one analysed article (or reports why not) and returns its words, for the rate shown.</summary>
    private static int Store(Analysed result, INewsStore store, Counts counts, TextWriter stderr, CancellationToken cancellationToken)
    {
        counts.Handled++;
        if (result.Error is { } error)
        {
            stderr.WriteLine(result.InternalError ? error : $"error: {error}");
            counts.Failed++;
            if (result.InternalError) counts.InternalErrors++;
            return 0;
        }

        if (result.Document is not { } document)
        {
            counts.AlreadyStored++;
            return 0;
        }

        var outcome = store.StoreAsync(result.Article!.Metadata, document, cancellationToken).GetAwaiter().GetResult();
        if (outcome == StoreOutcome.Added) counts.Added++;
        else counts.AlreadyStored++;
        return document.WordCount;
    }

    private sealed record Analysed(NewsArticle? Article, Document? Document, string? Error, bool InternalError);

    private sealed class Counts
    {
        public int Handled { get; set; }

        public int Added { get; set; }

        public int AlreadyStored { get; set; }

        public int Failed { get; set; }

        public int InternalErrors { get; set; }
    }
}
