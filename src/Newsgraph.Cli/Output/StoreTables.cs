using System.Globalization;
using Newsgraph.Store;
using Spectre.Console;

namespace Newsgraph.Cli.Output;

/// <summary>Query results as tables for people to read (use --json for programs).</summary>
internal static class StoreTables
{
    /// <summary>The most used titles a people table shows (person NAME lists them all, with their dates).</summary>
    private const int TitlesShown = 4;

    public static void Quotes(IAnsiConsole console, IReadOnlyList<QuoteHit> quotes)
    {
        var table = new Table().AddColumns("Published", "Speaker", "Quote", "Article");
        foreach (var quote in quotes)
            table.AddRow(Cell(Date(quote.Published)), Cell(quote.SpeakerName ?? quote.SourceText ?? "?"), Cell(quote.Text), Cell(quote.ArticleSourceId));
        console.Write(table);
        console.WriteLine($"{quotes.Count} quotes");
    }

    public static void People(IAnsiConsole console, IReadOnlyList<PersonSummary> people)
    {
        var table = new Table().AddColumns("Name", "Titles", "Also known as", "Quotes", "Articles", "Seen");
        foreach (var person in people)
        {
            table.AddRow(Cell(person.Name), Cell(string.Join("; ", person.Titles.Take(TitlesShown)) + (person.Titles.Count > TitlesShown ? "; ..." : "")), Cell(string.Join("; ", person.Aliases.Where(a => a != person.Name))),
                Cell(Number(person.Quotes)), Cell(Number(person.Articles)), Cell(Seen(person.FirstSeen, person.LastSeen)));
        }

        console.Write(table);
        console.WriteLine($"{people.Count} people");
    }

    public static void Person(IAnsiConsole console, PersonProfile profile)
    {
        var person = profile.Person;
        console.WriteLine($"{person.Name}: {person.Quotes} quotes in {person.Articles} articles, seen {Seen(person.FirstSeen, person.LastSeen)}");
        if (person.Aliases.Any(a => a != person.Name)) console.WriteLine($"Also known as: {string.Join("; ", person.Aliases.Where(a => a != person.Name))}");

        var titles = new Table().Title("Titles").AddColumns("Title", "From", "To", "Articles");
        foreach (var title in profile.Titles) titles.AddRow(Cell(title.Title), Cell(Date(title.First)), Cell(Date(title.Last)), Cell(Number(title.Articles)));
        console.Write(titles);

        var company = new Table().Title("Appears with").AddColumns("Name", "Sentences", "Articles");
        foreach (var associate in profile.Associates) company.AddRow(Cell(associate.Name), Cell(Number(associate.Sentences)), Cell(Number(associate.Articles)));
        console.Write(company);

        var events = new Table().Title("Events").AddColumns("Date", "Source", "Event", "Target");
        foreach (var coded in profile.Events)
        {
            events.AddRow(Cell(Date(coded.Date)), Cell(coded.SourceName ?? coded.SourceActor ?? ""), Cell($"{coded.Label} ({coded.Code})"),
                Cell(coded.TargetName ?? coded.TargetActor ?? ""));
        }

        console.Write(events);

        var quotes = new Table().Title("Quotes").AddColumns("Published", "Quote", "Article");
        foreach (var quote in profile.Quotes) quotes.AddRow(Cell(Date(quote.Published)), Cell(quote.Text), Cell(quote.ArticleSourceId));
        console.Write(quotes);
    }

    // Text as it is: Spectre would read [brackets] in news text as markup.
    private static Text Cell(string text) => new(text);

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Seen(DateOnly? first, DateOnly? last) => first == last ? Date(first) : $"{Date(first)} to {Date(last)}";
}
