using Newsgraph.Core.Text;

namespace Newsgraph.Core.Tests.Text;

public sealed class TokenizerTests
{
    private static string[] Words(string text) => [.. Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End])];

    [Fact]
    public void APartyAndStateTagIsOneTokenThatKeepsItsFullStop()
    {
        Assert.Equal(["Sen.", "Ana", "Torres", "(", "D-N.Y.", ")", "said"], Words("Sen. Ana Torres (D-N.Y.) said"));
        Assert.Equal(["(", "R-S.C.", ")", ",", "a"], Words("(R-S.C.), a"));
    }

    [Fact]
    public void KeepsAbbreviationsAndInitialsWhole()
    {
        Assert.Equal(["The", "U.S.", "envoy", ",", "Gen.", "Mark", "T.", "Aldo", ",", "left", "."], Words("The U.S. envoy, Gen. Mark T. Aldo, left."));
    }

    [Fact]
    public void SplitsPossessiveButNotContractions()
    {
        Assert.Equal(["Norland", "’s", "minister", "doesn’t", "agree"], Words("Norland’s minister doesn’t agree"));
    }

    [Fact]
    public void SplitsFullStopWithoutSpace()
    {
        Assert.Equal(["stop", "now", ".", "Everyone", "should"], Words("stop now.Everyone should"));
    }

    [Fact]
    public void KeepsNumbersHyphensAndEllipses()
    {
        Assert.Equal(["Lee", "Min-ho", "paid", "$", "1,250.50", "…", "then", "..."], Words("Lee Min-ho paid $1,250.50… then..."));
        Assert.Equal(TokenKind.Number, Tokenizer.Tokenize("1,250.50")[0].Kind);
    }

    [Fact]
    public void MarksQuotationMarks()
    {
        var text = "“Go”, he said, \"now\".";
        var kinds = Tokenizer.Tokenize(text).Where(t => t.Kind == TokenKind.QuoteMark).Select(t => text[t.Start]);
        Assert.Equal(['“', '”', '"', '"'], kinds);
    }

    [Fact]
    public void KeepsACharacterBeyondTheBmpWhole()
    {
        Assert.Equal(["ok", "🙂", "now"], Words("ok 🙂now"));
    }
}
