using Newsgraph.Core.Text;

namespace Newsgraph.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static (string[] Sentences, int Paragraphs) Split(string text)
    {
        var (sentences, paragraphs) = SentenceSplitter.Split(text, Tokenizer.Tokenize(text));
        return ([.. sentences.Select(s => text[s.Start..s.End])], paragraphs.Length);
    }

    [Fact]
    public void SplitsAtTerminalsAndLineBreaks()
    {
        var (sentences, paragraphs) = Split("Rain fell. Did it stop? Yes!\nA new day began");
        Assert.Equal(["Rain fell.", "Did it stop?", "Yes!", "A new day began"], sentences);
        Assert.Equal(2, paragraphs);
    }

    [Fact]
    public void DoesNotSplitInsideAPartyAndStateTag()
    {
        var (sentences, _) = Split("Sen. Ana Torres (D-N.Y.) said the port would reopen. Brandt agreed.");
        Assert.Equal(["Sen. Ana Torres (D-N.Y.) said the port would reopen.", "Brandt agreed."], sentences);
    }

    [Fact]
    public void DoesNotSplitAfterTitlesOrInitials()
    {
        var (sentences, _) = Split("Sen. Ada Brook met Dr. J. Olsen in the U.S. capital. They talked.");
        Assert.Equal(["Sen. Ada Brook met Dr. J. Olsen in the U.S. capital.", "They talked."], sentences);
    }

    [Fact]
    public void KeepsClosingQuoteWithItsSentence()
    {
        var (sentences, _) = Split("“We will win.” She smiled. He said \"no.\" Then he left.");
        Assert.Equal(["“We will win.”", "She smiled.", "He said \"no.\"", "Then he left."], sentences);
    }

    [Fact]
    public void SplitsWhereTheSpaceIsMissingButNotInsideEllipsisClauses()
    {
        var (sentences, _) = Split("It must end now.Everyone should act… to end it.");
        Assert.Equal(["It must end now.", "Everyone should act… to end it."], sentences);
    }

    [Fact]
    public void SpansRoundTripToTheOriginalText()
    {
        const string text = "  Lead line.\n\n  Second para, “quoted” text.  ";
        var tokens = Tokenizer.Tokenize(text);
        var (sentences, paragraphs) = SentenceSplitter.Split(text, tokens);
        Assert.Equal("Lead line.", text[sentences[0].Start..sentences[0].End]);
        Assert.Equal("Second para, “quoted” text.", text[paragraphs[1].Start..paragraphs[1].End]);
        Assert.All(tokens, t => Assert.False(string.IsNullOrWhiteSpace(text[t.Start..t.End])));
    }
}
