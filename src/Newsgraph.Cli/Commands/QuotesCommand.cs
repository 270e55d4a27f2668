using System.CommandLine;
using Newsgraph.Cli.Output;
using Newsgraph.Store;

namespace Newsgraph.Cli.Commands;

internal static class QuotesCommand
{
    private const string Description = """
        Search the quotes in the store by speaker, publication dates and words, oldest first.

        --speaker matches any name the person is known by ("Ban Ki-moon", "Ban"); --text needs every word in the quote
        (SQLite FTS5; stemmed English on PostgreSQL).

        Examples:
          newsgraph quotes --speaker "Donald Trump" --from 2016-01-01 --to 2016-06-30
          newsgraph quotes --text "border wall" --json --db news.db
        """;

    public static Command Create()
    {
        var speaker = new Option<string?>("--speaker") { Description = "A name of the speaker.", HelpName = "NAME" };
        var from = new Option<DateOnly?>("--from") { Description = "Published on or after this day.", HelpName = "YYYY-MM-DD", CustomParser = ExtractCommand.ParseDate };
        var to = new Option<DateOnly?>("--to") { Description = "Published on or before this day.", HelpName = "YYYY-MM-DD", CustomParser = ExtractCommand.ParseDate };
        var text = new Option<string?>("--text") { Description = "Words that must all occur in the quote.", HelpName = "WORDS" };
        var limit = StoreOptions.Limit(100);
        var json = StoreOptions.Json();
        var database = StoreOptions.Database();
        var command = new Command("quotes", Description) { speaker, from, to, text, limit, json, database };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var query = new QuoteQuery(Speaker: parseResult.GetValue(speaker), From: parseResult.GetValue(from), To: parseResult.GetValue(to),
                Text: parseResult.GetValue(text), Limit: parseResult.GetValue(limit));
            return StoreQuery.ListAsync(parseResult, database, json, cancellationToken,
                store => store.FindQuotesAsync(query, cancellationToken), StoreTables.Quotes);
        });
        return command;
    }
}
