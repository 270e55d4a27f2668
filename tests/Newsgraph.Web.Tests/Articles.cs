using Newsgraph.Core;
using Newsgraph.Store;

namespace Newsgraph.Web.Tests;

/// <summary>One made-up article to store: its id, publication day, headline and text.</summary>
internal sealed record Article(string Id, DateOnly Published, string Title, string Text)
{
    public Document Analyse() => NewsgraphPipelines.Default.Process(Text.ReplaceLineEndings("\n"), Id, Published);

    public ArticleMetadata Metadata => new(Title);
}

/// <summary>
/// Made-up follow-ups to the repository's made-up demo article (samples/demo-article.txt): no real news text. Ana Torres
/// is quoted on four days under two titles and meets three people, so her page has something to show over time.
/// </summary>
internal static class Articles
{
    public static readonly Article TalksOpen = new("talks-open", new DateOnly(2026, 3, 19), "Strait talks open in Istrel", """
        ISTREL — The first round of fishing talks between Velmora and Dravia opened on Thursday in the port of Istrel. Foreign Minister Ana Torres said the atmosphere was better than she had feared. “We counted boats today, not grievances,” Torres said.

        Piotr Halvik, the Dravian foreign minister, met Torres for two hours. “Facts first, maps later,” Halvik told reporters.

        Marcus Oyelaran, the special envoy of the Concord of Nations, said the delegations had agreed on a shared catch register.
        """);

    public static readonly Article TrawlersReturn = new("trawlers-return", new DateOnly(2026, 4, 9), "Trawlers return to Selka Bank", """
        PORT HALDEN — Velmoran trawlers returned to the edge of Selka Bank on Thursday under a temporary quota. Harbour master Lina Bergqvist said forty boats had left before dawn. “The crews have waited long enough,” Bergqvist said.

        Ana Torres, the foreign minister, warned that the quota would be withdrawn if any vessel crossed into Dravian waters.

        Piotr Halvik said Dravia would watch the bank closely but would not send patrol boats.
        """);

    public static readonly Article DeputyPrimeMinister = new("deputy-prime-minister", new DateOnly(2026, 5, 14), "Torres becomes deputy prime minister", """
        Ana Torres became Deputy Prime Minister of Velmora on Thursday, keeping the foreign ministry until the strait agreement is signed. “The talks come with me,” Torres said at her swearing-in.

        Deputy Prime Minister Ana Torres later met Marcus Oyelaran, who said the agreement could be signed by June. “Both sides have moved,” Oyelaran said.
        """);

    /// <summary>Markup inside a quote, which the UI must show as text and never run.</summary>
    public static readonly Article Markup = new("markup", new DateOnly(2026, 5, 22), "Blogger mocks <i>strait</i> headlines", """
        KESRA — The blogger Tomas Wren mocked the coverage of the strait talks on Friday. “<b>Bold</b> claims need <script>window.injected = true</script> proof & patience,” Wren said.
        """);

    public const string MarkupQuoteWords = "Bold claims proof patience";

    /// <summary>The repository's demo article (copied beside the tests), headline first, published on Wednesday 4 March 2026.</summary>
    public static Article Demo()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "demo-article.txt"));
        return new Article("demo-article", new DateOnly(2026, 3, 4), text[..text.IndexOf('\n', StringComparison.Ordinal)], text);
    }

    public static IReadOnlyList<Article> All() => [Demo(), TalksOpen, TrawlersReturn, DeputyPrimeMinister, Markup];
}
