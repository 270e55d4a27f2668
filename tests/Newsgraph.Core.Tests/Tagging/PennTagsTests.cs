using Newsgraph.Core.Tagging;

namespace Newsgraph.Core.Tests.Tagging;

public sealed class PennTagsTests
{
    [Fact]
    public void EveryTagNameReadsBackAsItsTag()
    {
        foreach (var tag in Enum.GetValues<PennTag>())
        {
            Assert.True(PennTags.TryParse(PennTags.Name(tag), out var parsed));
            Assert.Equal(tag, parsed);
        }

        Assert.Equal(Enum.GetValues<PennTag>().Length, PennTags.Count);
    }

    [Theory]
    [InlineData("-LSB-", PennTag.LeftBracket)]
    [InlineData("-RCB-", PennTag.RightBracket)]
    public void CoreNlpBracketNamesAreBrackets(string name, PennTag expected)
    {
        Assert.True(PennTags.TryParse(name, out var tag));
        Assert.Equal(expected, tag);
    }

    [Fact]
    public void AnUnknownNameIsRefused() => Assert.False(PennTags.TryParse("VERB", out _));

    [Theory]
    [InlineData(PennTag.Nns, UniversalTag.Noun)]
    [InlineData(PennTag.Nnp, UniversalTag.Propn)]
    [InlineData(PennTag.Vbd, UniversalTag.Verb)]
    [InlineData(PennTag.PrpPossessive, UniversalTag.Pron)]
    [InlineData(PennTag.Comma, UniversalTag.Punct)]
    public void MapsToUniversalTags(PennTag tag, UniversalTag expected) => Assert.Equal(expected, PennTags.ToUniversal(tag));

    [Theory]
    [InlineData(PennTag.Vbz, "is", UniversalTag.Aux)]
    [InlineData(PennTag.Vbd, "Were", UniversalTag.Aux)]
    [InlineData(PennTag.Vbd, "said", UniversalTag.Verb)]
    [InlineData(PennTag.Rb, "n't", UniversalTag.Part)]
    [InlineData(PennTag.Rb, "quickly", UniversalTag.Adv)]
    [InlineData(PennTag.In, "because", UniversalTag.Sconj)]
    [InlineData(PennTag.In, "in", UniversalTag.Adp)]
    public void TheWordDecidesWhatTheTagCannot(PennTag tag, string word, UniversalTag expected) =>
        Assert.Equal(expected, PennTags.ToUniversal(tag, word));
}
