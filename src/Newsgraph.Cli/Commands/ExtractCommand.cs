using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Newsgraph.Cli.Input;
using Newsgraph.Cli.Output;

namespace Newsgraph.Cli.Commands;

internal static class ExtractCommand
{
    private const string Description = """
        Extract quotes (who said what), people with their titles, organisations, places and dates from news articles.

        A file gives one indented JSON document; a folder gives one JSON line per *.txt file in it, sorted by name,
        or with --format brat one <id>.ann file per article in PolNeAR's attribution scheme.
        --explain prints, for each quote, which sieve or rule chose its speaker, the attribution model's cue score, how the
        source mention reaches the speaker through coreference, and how the content was delimited.
        With --out, a folder run can be interrupted (Ctrl+C) and continued with --resume: finished articles are kept in
        FILE.partial or DIR.partial until the run completes, and the resumed output equals an uninterrupted one.
        Exit codes: 0 success, 1 bad input (nothing is written), 2 bad usage, 70 internal error, 130 interrupted.

        Examples:
          newsgraph extract samples/demo-article.txt --published 2026-03-04
          newsgraph extract articles/ --metadata metadata.tsv --out articles.jsonl --threads 4
          newsgraph extract articles/ --format brat --out annotations/
          newsgraph extract articles/ --out articles.jsonl --resume
          newsgraph extract samples/demo-article.txt --explain
        """;

    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "An article (a UTF-8 .txt file) or a folder of them." };
        var format = new Option<OutputFormat?>("--format")
        {
            Description = "json (default for a file), jsonl (default for a folder), brat (needs --out) or explain (the same as --explain).",
            HelpName = "json|jsonl|brat|explain",
            CustomParser = ParseFormat,
        };
        var output = new Option<string?>("--out")
        {
            Description = "Write to this file (json, jsonl) or folder (brat) instead of stdout; shows progress on a terminal.",
            HelpName = "FILE|DIR",
        };
        var published = new Option<DateOnly?>("--published")
        {
            Description = "The article's publication date, the anchor for \"on Tuesday\" or \"yesterday\" (a file only).",
            HelpName = "YYYY-MM-DD",
            CustomParser = ParseDate,
        };
        var metadata = ArticleOptions.Metadata();
        var threads = ArticleOptions.Threads("Articles processed in parallel; the output order stays sorted by name.");

        var explain = new Option<bool>("--explain")
        {
            Description = "Instead of JSON, explain each quote in plain text: which sieve, rule or score chose its speaker, cue and content.",
        };
        var resume = new Option<bool>("--resume")
        {
            Description = "Continue an interrupted folder run from its FILE.partial or DIR.partial beside --out.",
        };

        var command = new Command("extract", Description) { input, format, output, published, metadata, threads, resume, explain };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var settings = new ExtractSettings(
                parseResult.GetRequiredValue(input),
                parseResult.GetValue(explain) ? OutputFormat.Explain : parseResult.GetValue(format),
                parseResult.GetValue(output),
                parseResult.GetValue(published),
                parseResult.GetValue(metadata),
                parseResult.GetValue(threads),
                parseResult.GetValue(resume));
            var configuration = parseResult.InvocationConfiguration;
            return Task.FromResult((int)Extraction.Run(settings, configuration.Output, configuration.Error, cancellationToken));
        });
        return command;
    }

    private static OutputFormat? ParseFormat(ArgumentResult result)
    {
        var token = result.Tokens.Single().Value;
        // Names only: Enum.TryParse alone would also take "1".
        if (Enum.GetNames<OutputFormat>().Contains(token, StringComparer.OrdinalIgnoreCase))
            return Enum.Parse<OutputFormat>(token, ignoreCase: true);
        result.AddError($"'{token}' is not an output format: use json, jsonl, brat or explain.");
        return null;
    }

    internal static DateOnly? ParseDate(ArgumentResult result)
    {
        var token = result.Tokens.Single().Value;
        if (DateOnly.TryParseExact(token, PublicationDates.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        result.AddError($"'{token}' is not a date in the form YYYY-MM-DD.");
        return null;
    }
}
