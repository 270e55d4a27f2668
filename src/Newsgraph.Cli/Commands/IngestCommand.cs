using System.CommandLine;

namespace Newsgraph.Cli.Commands;

internal static class IngestCommand
{
    private const string Description = """
        Analyse news articles and keep everything found in a database: documents, people (one record per person across
        articles, with aliases and titles), organisations, places, mentions, quotes and dates.

        Reads .txt articles, JSON lines ({"id","published","title","text","url"} per line) and HTML pages (main text,
        title, byline and date extracted); a folder stands for such files directly in it. Each article is stored in its
        own transaction, keyed by a hash of its text: ingesting the same input again changes nothing, and after an
        interruption the same command finishes the job. A bad article is reported and skipped (exit code 1).
        Exit codes: 0 success, 1 bad input, 2 bad usage, 70 internal error, 130 interrupted.

        Examples:
          newsgraph ingest samples/demo-article.txt
          newsgraph ingest articles/ --metadata metadata.tsv --db news.db
          newsgraph ingest crawl.jsonl pages/ --db postgres://user:password@localhost/news
        """;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Articles (.txt, .jsonl, .html) or folders of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var metadata = ArticleOptions.Metadata();
        var threads = ArticleOptions.Threads("Articles analysed in parallel; they are stored in input order whatever N is.");
        var database = StoreOptions.Database();

        var command = new Command("ingest", Description) { paths, database, metadata, threads };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var settings = new IngestSettings(parseResult.GetRequiredValue(paths), parseResult.GetRequiredValue(database),
                parseResult.GetValue(metadata), parseResult.GetValue(threads));
            var configuration = parseResult.InvocationConfiguration;
            return Task.FromResult((int)Ingestion.Run(settings, configuration.Output, configuration.Error, cancellationToken));
        });
        return command;
    }
}
