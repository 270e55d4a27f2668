using Newsgraph.Core;

namespace Newsgraph.Store.Tests;

/// <summary>Made-up articles (no real news text), analysed by the default pipeline.</summary>
internal static class Articles
{
    public static readonly DateOnly Monday = new(2026, 3, 2);

    /// <summary>Names a person in full with a title, quotes him directly and indirectly, and has two people meet.</summary>
    public const string FullName = """
        UN Secretary-General Ban Ki-moon said on Monday that the talks in Velmora must go on. “We cannot wait any longer,” Ban said.
        Foreign Minister Ana Torres met Ban in Geneva and said the ceasefire was fragile.
        """;

    /// <summary>Calls the same person by his surname only, three days later.</summary>
    public const string SurnameOnly = """
        “The ceasefire is holding,” Mr Ban told reporters in Kesra on Thursday.
        Ana Torres, the foreign minister, said aid would arrive within days.
        """;

    /// <summary>Names nobody: only the title says who warned.</summary>
    public const string TitleOnly = """
        The UN Secretary-General warned on Friday that aid convoys were blocked near Kesra.
        """;

    /// <summary>Someone else entirely, quoted on the harbour.</summary>
    public const string Unrelated = """
        Harbour master Piet Olsen said the port of Kesra would reopen next week. “Ships are already waiting,” Olsen said.
        """;

    public static Document Analyse(string text, string id, DateOnly? published) =>
        NewsgraphPipelines.Default.Process(text.ReplaceLineEndings("\n"), id, published);
}
