using Newsgraph.Core.Mentions;

namespace Newsgraph.Core.Tests.Tagging;

public sealed class LexiconNameTaggerTests
{
    private static (string Text, EntityType Type)[] Names(string text)
    {
        var document = NewsgraphPipelines.Default.Process(text, "t", new DateOnly(2014, 7, 23));
        return [.. document.Names.Select(n => (document.TextOf(n.Span), n.Type))];
    }

    [Fact]
    public void StripsTheTitleFromTheName()
    {
        var names = Names("Defence Minister Lara Quist said the bridge would reopen in spring.");
        Assert.Equal([("Lara Quist", EntityType.Person)], names);
    }

    [Fact]
    public void StripsAMultiWordTitleWithOf()
    {
        var names = Names("Later, Secretary of State Lara Quist arrived in Velmora.");
        Assert.Contains(("Lara Quist", EntityType.Person), names);
        Assert.DoesNotContain(names, n => n.Text.Contains("Secretary", StringComparison.Ordinal));
    }

    [Fact]
    public void ALoneTitleWordIsNoName()
    {
        var names = Names("The minister said the bridge would reopen in spring.");
        Assert.Empty(names);
    }

    [Theory]
    [InlineData("Yesterday the river rose near the old mill.")]
    [InlineData("However the ferry stayed in port.")]
    [InlineData("Water covered the road for a week.")]
    [InlineData("Several ferries were late.")]
    public void SentenceInitialCommonWordsAreNotNames(string text) => Assert.Empty(Names(text));

    [Fact]
    public void WeekdaysAndMonthsAreNotNames()
    {
        var names = Names("Lara Quist arrived on Monday and left in March.");
        Assert.Equal([("Lara Quist", EntityType.Person)], names);
    }

    [Fact]
    public void AnUnknownWordAfterInIsAPlace()
    {
        var names = Names("Lara Quist arrived in Velmora on Monday.");
        Assert.Contains(("Velmora", EntityType.Place), names);
    }

    [Fact]
    public void ASurnameAloneIsAPersonWhenTheFullNameOccurs()
    {
        var names = Names("Lara Quist arrived in Velmora on Monday. Later, Quist met the mayor.");
        Assert.Contains(("Quist", EntityType.Person), names);
    }

    [Fact]
    public void NameSpansMatchTheirTokens()
    {
        const string text = "Defence Minister Lara Quist met Ivo Brandt in Velmora.";
        var document = NewsgraphPipelines.Default.Process(text);
        Assert.All(document.Names, n =>
        {
            Assert.Equal(document.Tokens[n.FirstToken].Start, n.Start);
            Assert.Equal(document.Tokens[n.EndToken - 1].End, n.End);
        });
        Assert.Equal(["Lara Quist", "Ivo Brandt", "Velmora"], document.Names.Select(n => document.TextOf(n.Span)));
    }

    [Fact]
    public void AWordTypedOnceKeepsItsTypeElsewhere()
    {
        var names = Names("Talks resumed in Velmora on Monday. Officials said Velmora would send a delegation.");
        Assert.Equal(2, names.Count(n => n == ("Velmora", EntityType.Place)));
    }

    [Fact]
    public void AnUnknownWordIsANameOfUnknownType()
    {
        // A capitalised word that neither the name lexicon nor the recogniser (in this sentence) gives a type.
        Assert.Contains(("Dravia", EntityType.Other), Names("The ministers spoke about Dravia over fishing rights."));
    }

    [Fact]
    public void AnUnknownNationalityBeforeANounIsANationality()
    {
        Assert.Contains(("Dravian", EntityType.Norp), Names("The ministers met the Dravian delegation on Monday."));
    }

    [Theory]
    [InlineData("PORT HALDEN — The ministers met on Monday.", "PORT HALDEN")]
    [InlineData("The ships crossed the Korvan Strait at dawn.", "Korvan Strait")]
    [InlineData("The ships docked at Port Halden at dawn.", "Port Halden")]
    public void DatelinesAndGeographicNamesArePlaces(string text, string place)
    {
        Assert.Contains((place, EntityType.Place), Names(text));
    }
}
