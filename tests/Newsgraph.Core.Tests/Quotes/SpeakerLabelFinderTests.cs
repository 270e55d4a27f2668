using Newsgraph.Core.Quotes;

namespace Newsgraph.Core.Tests.Quotes;

public sealed class SpeakerLabelFinderTests
{
    private const string Lead = "Foreign Minister Ivo Brandt arrived in Velmora on Monday.\n\n";

    private static Document Process(string text) => NewsgraphPipelines.Default.Process(text, "t", new DateOnly(2014, 7, 23));

    private static Quote[] Labelled(Document document) => [.. document.Quotes.Where(q => q.Rule == AttributionRule.SpeakerLabel)];

    private static string? Speaker(Document document, Quote quote) => quote.Speaker >= 0 ? document.Entities[quote.Speaker].Name : null;

    [Fact]
    public void AHeadlineNameAndColonAttributeTheRestOfTheParagraph()
    {
        var document = Process(Lead + "Brandt: Velmora will not sign the harbour treaty\n\nThe talks resume in June.");
        var quote = Assert.Single(Labelled(document));
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("Velmora will not sign the harbour treaty", document.TextOf(quote.Content));
        Assert.Equal(":", document.TextOf(quote.Cue!.Value));
        Assert.Equal("Brandt", document.TextOf(quote.Source!.Value));
        Assert.Equal("Ivo Brandt", Speaker(document, quote));
        Assert.Equal(SourceRule.SpeakerLabel, quote.SourceRule);
        Assert.Equal(ContentRule.RestOfParagraph, quote.ContentRule);
    }

    [Fact]
    public void TranscriptLabelsInCapitalsMakeOneDirectQuoteEachAndTheAnswerRunsOverItsSentences()
    {
        var document = Process(Lead + "MORALES: Minister, will the harbour reopen?\nBRANDT: It will. The storms come late this year.");
        var quotes = Labelled(document);
        Assert.Equal(["MORALES", "BRANDT"], quotes.Select(q => document.TextOf(q.Source!.Value)));
        Assert.All(quotes, q => Assert.Equal(QuoteKind.Direct, q.Kind));
        Assert.Equal("It will. The storms come late this year", document.TextOf(quotes[1].Content));
        // The capitals label spells the surname of the article's Ivo Brandt; nobody in the article is called Morales.
        Assert.Equal([null, "Ivo Brandt"], quotes.Select(q => Speaker(document, q)));
    }

    [Fact]
    public void AQuotationAfterTheLabelIsItsContentNotASecondQuote()
    {
        var document = Process(Lead + "Brandt: “The harbour will reopen before the winter storms”\n\nThe talks resume in June.");
        var quote = Assert.Single(document.Quotes);
        Assert.Equal(AttributionRule.SpeakerLabel, quote.Rule);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("“The harbour will reopen before the winter storms”", document.TextOf(quote.Content));
    }

    [Theory]
    [InlineData("Editor’s note: This story was updated on Tuesday.")]
    [InlineData("UPDATE: The harbour reopened on Tuesday.")]
    [InlineData("DEAL IS OFF: The harbour reopened on Tuesday.")]
    [InlineData("Brandt: 1,204")]
    [InlineData("Minister Brandt Rejects Velmora: The harbour stays shut")]
    public void LabelsThatNameNoSpeakerAttributeNothing(string paragraph)
    {
        var document = Process(Lead + paragraph + "\n\nThe talks resume in June.");
        Assert.Empty(Labelled(document));
    }
}
