using Newsgraph.Core.Mentions;
using Newsgraph.Core.Tagging;

namespace Newsgraph.Core.Tests.Tagging;

public sealed class NameLexiconTests
{
    [Fact]
    public void ParsesTokenAndSpanRowsSkippingCommentsAndTheHeader()
    {
        var lexicon = NameLexicon.Parse(
            "# description\n" + NameLexicon.Header + "\nspan\tAnn Lee\t3\t0\t0\t0\t1\ntoken\tOslo\t0\t1\t5\t0\t2\n\n");

        Assert.Equal(1, lexicon.TokenCount);
        Assert.Equal(1, lexicon.SpanCount);
        Assert.Equal(new NameEvidence(3, 0, 0, 0, 1), lexicon.Span("Ann Lee"));
        Assert.Equal(new NameEvidence(0, 1, 5, 0, 2), lexicon.Token("Oslo"));
        // Tokens and spans are separate tables.
        Assert.Equal(default, lexicon.Token("Ann Lee"));
        Assert.Equal(default, lexicon.Span("Oslo"));
    }

    [Fact]
    public void AcceptsWindowsLineEnds()
    {
        var lexicon = NameLexicon.Parse(NameLexicon.Header + "\r\ntoken\tOslo\t0\t0\t1\t0\t0\r\n");

        Assert.Equal(new NameEvidence(0, 0, 1, 0, 0), lexicon.Token("Oslo"));
    }

    [Theory]
    [InlineData("token\tOslo\t0\t0\t1\t0")]
    [InlineData("token\tOslo\t0\t0\t1\t0\t0\t0")]
    [InlineData("word\tOslo\t0\t0\t1\t0\t0")]
    [InlineData("token\tOslo\t0\t0\tmany\t0\t0")]
    [InlineData("token\tOslo\t0\t0\t-1\t0\t0")]
    public void MalformedLinesThrowFormatException(string line)
    {
        Assert.Throws<FormatException>(() => NameLexicon.Parse(NameLexicon.Header + "\n" + line + "\n"));
    }

    [Theory]
    [InlineData(3, 1, 1, 1, 0, EntityType.Person)]
    [InlineData(0, 4, 1, 0, 1, EntityType.Organization)]
    [InlineData(0, 0, 2, 1, 0, EntityType.Place)]
    [InlineData(0, 1, 0, 5, 2, EntityType.Norp)]
    // Ties go to person, then place, then organisation.
    [InlineData(2, 2, 2, 2, 0, EntityType.Person)]
    [InlineData(0, 2, 2, 0, 0, EntityType.Place)]
    [InlineData(0, 2, 0, 2, 0, EntityType.Organization)]
    public void BestTypeIsTheMostFrequentNamedType(int person, int organization, int place, int norp, int other, EntityType expected)
    {
        Assert.Equal(expected, new NameEvidence(person, organization, place, norp, other).BestType());
    }

    [Theory]
    [InlineData(0, 0, 0, 0, 0)]
    [InlineData(1, 0, 1, 0, 2)]
    [InlineData(0, 0, 0, 1, 3)]
    public void BestTypeIsNullWhenTheFormIsMostlyNotAName(int person, int organization, int place, int norp, int other)
    {
        Assert.Null(new NameEvidence(person, organization, place, norp, other).BestType());
    }

    [Fact]
    public void UnknownFormsHaveNoEvidence()
    {
        Assert.Equal(default, NameLexicon.Empty.Token("Oslo"));
        Assert.Equal(0, NameLexicon.Empty.Span("Ann Lee").Total);
    }

    [Fact]
    public void TheEmbeddedModelParses()
    {
        Assert.True(Models.Names.TokenCount > 0);
        Assert.True(Models.Names.SpanCount > 0);
    }
}
