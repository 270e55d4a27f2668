using Newsgraph.Core.Quotes;

namespace Newsgraph.Core.Tests.Quotes;

/// <summary>A quotation inside the clause a leading cue reports: the clause around it is content too.</summary>
public sealed class ReportedClauseTests
{
    private const string Lead = "Foreign Minister Ivo Brandt arrived in Velmora on Monday.\n\n";

    private const string Quotation = "“will reopen before the winter storms”";

    private static Quote OnlyQuote(string sentence, out Document document)
    {
        document = NewsgraphPipelines.Default.Process(Lead + sentence, "t", new DateOnly(2014, 7, 23));
        return Assert.Single(document.Quotes);
    }

    [Fact]
    public void TheReportedClauseRunsOnAfterAQuotationInsideIt()
    {
        var quote = OnlyQuote($"Brandt said the harbour {Quotation} and that the fleet would return.", out var document);
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.Equal(ContentRule.LeadInAndQuotation, quote.ContentRule);
        Assert.Equal(["the harbour", Quotation, "and that the fleet would return"], quote.Parts.Select(document.TextOf));
        Assert.Equal("the harbour " + Quotation + " and that the fleet would return", document.TextOf(quote.Content));
        Assert.Equal("said", document.TextOf(quote.Cue!.Value));
    }

    [Fact]
    public void AQuotationRightAfterItsCueIsAllThatWasSaid()
    {
        var quote = OnlyQuote("Brandt said, “The harbour will reopen before the winter storms” after meeting Torres in Velmora.", out var document);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("“The harbour will reopen before the winter storms”", document.TextOf(quote.Content));
    }

    [Fact]
    public void AVerbAfterTheQuotationInAnotherClauseIsNotItsTrailingCue()
    {
        var quote = OnlyQuote("Brandt told reporters that there are “a lot of very good ideas” in the plan approved on Saturday.", out var document);
        Assert.Equal("told", document.TextOf(quote.Cue!.Value));
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.StartsWith("that there are “a lot of very good ideas”", document.TextOf(quote.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void ASubjectWithItsTitleAfterTheQuotationStillTakesTheTrailingCue()
    {
        var quote = OnlyQuote("“The harbour will reopen before the winter storms,” Velmora port director Ana Torres said.", out var document);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("said", document.TextOf(quote.Cue!.Value));
        Assert.Equal("Ana Torres", quote.Speaker >= 0 ? document.Entities[quote.Speaker].Name : null);
    }

    [Fact]
    public void ALaterQuotationInTheSameReportedClauseIsPartOfItNotAQuoteOfItsOwn()
    {
        var quote = OnlyQuote("Brandt said that the council is “like a spoiled child” and “not a serious partner at all” because it refused the plan.", out var document);
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.Contains("“not a serious partner at all”", document.TextOf(quote.Content), StringComparison.Ordinal);
        Assert.StartsWith("that the council is “like a spoiled child”", document.TextOf(quote.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void AQuotationInTitleCaseNamesAWorkAndIsNoQuote()
    {
        var document = NewsgraphPipelines.Default.Process(
            Lead + "Brandt appeared on “The Velmora Morning Harbour Hour” before the vote.", "t", new DateOnly(2014, 7, 23));
        Assert.DoesNotContain(document.Quotes, q => q.Kind == QuoteKind.Direct);
    }

    [Fact]
    public void ATrailingCueWithAThatClauseOfItsOwnReportsThatClause()
    {
        var document = NewsgraphPipelines.Default.Process(
            Lead + "“The vote was a disgrace for the port,” Brandt wrote that the council had failed the fishermen.", "t", new DateOnly(2014, 7, 23));
        var clause = Assert.Single(document.Quotes, q => q.Cue is { } cue && document.TextOf(cue) == "wrote");
        Assert.Equal("that the council had failed the fishermen", document.TextOf(clause.Content));
    }

    [Fact]
    public void AQuotationClosedByItsCueTakesTheWordsBeforeItInItsSentence()
    {
        var quote = OnlyQuote("The harbour had been shut for years and was “a danger to every ferry,” Brandt added.", out var document);
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.Equal(["The harbour had been shut for years and was", "“a danger to every ferry,”"], quote.Parts.Select(document.TextOf));
        Assert.Equal(ContentRule.ClauseBeforeQuotation, quote.ContentRule);
        Assert.Equal("Brandt", document.TextOf(quote.Source!.Value));
    }

    [Fact]
    public void AQuotationWithoutACueJoinsTheClauseOfACueClosingItsSentence()
    {
        var quote = OnlyQuote("Revenue was “flat for about six weeks” as traders waited for the storm to pass, Brandt said.", out var document);
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.Equal("Revenue was “flat for about six weeks” as traders waited for the storm to pass", document.TextOf(quote.Content));
        Assert.Equal("Brandt", document.TextOf(quote.Source!.Value));
    }

    [Fact]
    public void AQuotationRightAfterItsCueThatIsASubjectRunsOnIntoItsClause()
    {
        var quote = OnlyQuote("Brandt said “most of the old harbours” are unsafe in winter.", out var document);
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.Equal(["“most of the old harbours”", "are unsafe in winter"], quote.Parts.Select(document.TextOf));
    }
}
