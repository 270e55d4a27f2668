using Newsgraph.Core.Text;

namespace Newsgraph.Core.Tests.Text;

public sealed class QuotationFinderTests
{
    private static (string Text, Quotation Quotation)[] Find(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var (_, paragraphs) = SentenceSplitter.Split(text, tokens);
        var quotations = QuotationFinder.Find(text, tokens, paragraphs);
        return [.. quotations.Select(q => (text[q.Start..q.End], q))];
    }

    [Fact]
    public void PairsCurlyMarks()
    {
        var found = Find("“The ferry leaves at dawn,” Ivo Brandt said. He called it “a fine boat” twice.");
        Assert.Equal(["“The ferry leaves at dawn,”", "“a fine boat”"], found.Select(f => f.Text));
        Assert.All(found, f => Assert.True(f.Quotation.Closed));
        Assert.All(found, f => Assert.False(f.Quotation.ContinuesFromPrevious || f.Quotation.ContinuesIntoNext));
        Assert.Equal(6, found[0].Quotation.InnerTokenCount); // five words and the comma, marks excluded
    }

    [Fact]
    public void PairsStraightMarksByTheSpaceAroundThem()
    {
        var found = Find("\"The ferry leaves at dawn,\" Ivo Brandt said. He called it \"a fine boat\" twice.");
        Assert.Equal(["\"The ferry leaves at dawn,\"", "\"a fine boat\""], found.Select(f => f.Text));
        Assert.All(found, f => Assert.True(f.Quotation.Closed));
    }

    [Fact]
    public void PairsDoubledSingleMarksButNotApostrophes()
    {
        var found = Find("''Velmora's ferry leaves at dawn,'' Ivo Brandt said.");
        var quotation = Assert.Single(found);
        Assert.Equal("''Velmora's ferry leaves at dawn,''", quotation.Text);
        Assert.True(quotation.Quotation.Closed);
    }

    [Fact]
    public void AnApostropheAloneIsNoQuotation() =>
        Assert.Empty(Find("Velmora's mayor said the town's ferry was late."));

    [Fact]
    public void AQuoteReopenedInTheNextParagraphContinues()
    {
        var found = Find("“The ferry leaves at dawn.\n“It returns at dusk,” Ivo Brandt said.");
        Assert.Equal(2, found.Length);
        Assert.Equal("“The ferry leaves at dawn.", found[0].Text);
        Assert.False(found[0].Quotation.Closed);
        Assert.True(found[0].Quotation.ContinuesIntoNext);
        Assert.False(found[0].Quotation.ContinuesFromPrevious);
        Assert.Equal("“It returns at dusk,”", found[1].Text);
        Assert.True(found[1].Quotation.Closed);
        Assert.True(found[1].Quotation.ContinuesFromPrevious);
        Assert.False(found[1].Quotation.ContinuesIntoNext);
    }

    [Fact]
    public void ThreeParagraphQuoteIsAChain()
    {
        var found = Find("“One ferry leaves at dawn.\n“Another leaves at noon.\n“The last returns at dusk,” Ivo Brandt said.");
        Assert.Equal(3, found.Length);
        Assert.True(found[1].Quotation.ContinuesFromPrevious);
        Assert.True(found[1].Quotation.ContinuesIntoNext);
        Assert.False(found[1].Quotation.Closed);
        Assert.True(found[2].Quotation.Closed);
    }

    [Fact]
    public void AnUnclosedQuoteEndsWithItsParagraph()
    {
        var found = Find("Ivo Brandt said the “ferry was late again. Nobody knew why.\nThe mayor of Velmora disagreed.");
        var quotation = Assert.Single(found);
        Assert.Equal("“ferry was late again. Nobody knew why.", quotation.Text);
        Assert.False(quotation.Quotation.Closed);
        Assert.False(quotation.Quotation.ContinuesIntoNext);
    }

    [Fact]
    public void AStrayClosingMarkIsIgnored()
    {
        var found = Find("The ferry” was late, Ivo Brandt said. “It will sail again next week,” he added.");
        Assert.Equal("“It will sail again next week,”", Assert.Single(found).Text);
    }

    [Fact]
    public void AStrayOpeningMarkGivesWayToTheNextOpening()
    {
        var found = Find("The “ferry was late, Ivo Brandt said, adding “it will sail again next week”.");
        Assert.Equal("“it will sail again next week”", Assert.Single(found).Text);
    }

    [Fact]
    public void QuotationTokensCoverTheMarks()
    {
        const string text = "Ivo Brandt said: “The ferry leaves at dawn.”";
        var tokens = Tokenizer.Tokenize(text);
        var (_, paragraphs) = SentenceSplitter.Split(text, tokens);
        var quotation = Assert.Single(QuotationFinder.Find(text, tokens, paragraphs));
        Assert.Equal(quotation.Start, tokens[quotation.FirstToken].Start);
        Assert.Equal(quotation.End, tokens[quotation.EndToken - 1].End);
        Assert.Equal(TokenKind.QuoteMark, tokens[quotation.FirstToken].Kind);
        Assert.Equal(TokenKind.QuoteMark, tokens[quotation.EndToken - 1].Kind);
    }
}
