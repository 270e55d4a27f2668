using Newsgraph.Core.Quotes;

namespace Newsgraph.Core.Tests.Quotes;

/// <summary>
/// A cue with a short object reports that object; a cue followed only by a time, or by its own inverted subject,
/// reports the clause before it.
/// </summary>
public sealed class ShortObjectTests
{
    private const string Lead = "Foreign Minister Ivo Brandt arrived in Velmora on Monday.\n\n";

    private static (Document Document, Quote Quote) OnlyQuote(string sentence)
    {
        var document = NewsgraphPipelines.Default.Process(Lead + sentence, "t", new DateOnly(2014, 7, 23));
        return (document, Assert.Single(document.Quotes));
    }

    [Theory]
    [InlineData("Brandt later announced his resignation.", "announced", "his resignation")]
    [InlineData("Brandt criticized the decision.", "criticized", "the decision")]
    [InlineData("Brandt declined to comment.", "declined", "to comment")]
    public void AShortObjectAfterTheCueIsTheContent(string sentence, string cue, string content)
    {
        var (document, quote) = OnlyQuote(sentence);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal(cue, document.TextOf(quote.Cue!.Value));
        Assert.Equal(content, document.TextOf(quote.Content));
        Assert.Equal("Brandt", document.TextOf(quote.Source!.Value));
    }

    [Fact]
    public void OnlyATimeAfterAClosingCueLeavesTheContentBeforeIt()
    {
        var (document, quote) = OnlyQuote("The harbour will reopen before the storms, Brandt said on Tuesday.");
        Assert.Equal("The harbour will reopen before the storms", document.TextOf(quote.Content));
        Assert.Equal("said", document.TextOf(quote.Cue!.Value));
    }

    [Theory]
    [InlineData("The harbour will reopen before the storms, said Brandt.", "Brandt")]
    [InlineData("The harbour will reopen before the storms, said Ana Torres, a port official who has run the harbour for a decade.", "Ana Torres, a port official who has run the harbour for a decade")]
    public void AnInvertedSubjectAfterAClosingCueIsTheSource(string sentence, string source)
    {
        var (document, quote) = OnlyQuote(sentence);
        Assert.Equal("The harbour will reopen before the storms", document.TextOf(quote.Content));
        Assert.Equal(source, document.TextOf(quote.Source!.Value));
        Assert.Equal(SourceRule.SubjectAfterCue, quote.SourceRule);
    }

    [Theory]
    [InlineData("The Velmora Herald reported Saturday that Ana Torres, founder of the Harbour Trust — a group that backs the port — was planning to ask the council for its records.",
        "that Ana Torres, founder of the Harbour Trust — a group that backs the port — was planning to ask the council for its records")]
    [InlineData("Brandt asked whether the new harbour walls, which cost more than the old pier, would hold.",
        "whether the new harbour walls, which cost more than the old pier, would hold")]
    public void AClauseAfterThatOrWhetherRunsToItsVerb(string sentence, string content)
    {
        var (document, quote) = OnlyQuote(sentence);
        Assert.Equal(content, document.TextOf(quote.Content));
    }
}
