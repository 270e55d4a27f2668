using Newsgraph.Core.People;

namespace Newsgraph.Core.Tests.People;

public sealed class PersonMatcherTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    private static readonly KnownPerson Ban = new(1, "Ban Ki-moon", ["Ban Ki-moon", "Ban"], ["UN Secretary-General"], Day, Day, 5);
    private static readonly KnownPerson Torres = new(2, "Ana Torres", ["Ana Torres"], ["Foreign Minister"], Day, Day, 2);
    private static readonly KnownPerson DonaldVale = new(3, "Donald Vale", ["Donald Vale", "Vale"], ["President"], Day, Day, 40);
    private static readonly KnownPerson MayaVale = new(4, "Maya Vale", ["Maya Vale"], ["first lady"], Day, Day, 3);

    private static PersonSighting Seen(string? name, params string[] titles) => new(name, titles, Day.AddDays(3));

    [Fact]
    public void AFullNameIsThePersonWithThatAlias()
    {
        Assert.Equal(Ban, PersonMatcher.Match(Seen("Ban Ki-moon"), [Torres, Ban]));
        Assert.Equal(Ban, PersonMatcher.Match(Seen("ban ki moon"), [Ban]));
        Assert.Null(PersonMatcher.Match(Seen("Ban Soon-taek"), [Ban]));
    }

    [Fact]
    public void AWordTakenIntoAFullNameLeadsToThePersonNamedByTheRest()
    {
        Assert.Equal(Torres, PersonMatcher.Match(Seen("Mayoral Ana Torres"), [Torres, Ban]));
        Assert.Null(PersonMatcher.Match(Seen("Ana Maria Torres"), [Ban]));
        Assert.Contains("name:ana torres", PersonKeys.ForSighting(Seen("Mayoral Ana Torres")));
    }

    [Fact]
    public void AMiddleNameOnOneSideIsStillTheSamePerson()
    {
        var hollisWren = new KnownPerson(5, "Hollis Wren", ["Hollis Wren", "Wren"], ["Senator"], Day, Day, 12);
        var hollisAmaraWren = new KnownPerson(6, "Hollis Amara Wren", ["Hollis Amara Wren"], ["Senator"], Day, Day, 4);
        Assert.Equal(hollisWren, PersonMatcher.Match(Seen("Hollis Amara Wren"), [hollisWren, Torres]));
        Assert.Equal(hollisAmaraWren, PersonMatcher.Match(Seen("Hollis Wren"), [hollisAmaraWren, Torres]));
        // A generation suffix is another person: the son is not the father.
        Assert.Null(PersonMatcher.Match(Seen("Hollis Wren Jr."), [hollisWren]));
        // Two people it could be: neither.
        var hollisOttoWren = hollisAmaraWren with { Id = 7, Name = "Hollis Otto Wren", Aliases = ["Hollis Otto Wren"] };
        Assert.Null(PersonMatcher.Match(Seen("Hollis Wren"), [hollisAmaraWren, hollisOttoWren]));
        // Another first name is another person.
        Assert.Null(PersonMatcher.Match(Seen("Mara Amara Wren"), [hollisWren]));
    }

    [Fact]
    public void ASurnameAloneNeedsTheOnlyOrATitledOrADominantCandidate()
    {
        Assert.Equal(Ban, PersonMatcher.Match(Seen("Ban"), [Ban]));
        Assert.Equal(Ban, PersonMatcher.Match(Seen("Mr Ban"), [Ban]));
        Assert.Equal(MayaVale, PersonMatcher.Match(Seen("Vale", "First Lady"), [DonaldVale, MayaVale]));
        Assert.Equal(DonaldVale, PersonMatcher.Match(Seen("Vale"), [DonaldVale, MayaVale]));
        var twoPeers = MayaVale with { Articles = 30 };
        Assert.Null(PersonMatcher.Match(Seen("Vale"), [DonaldVale, twoPeers]));
    }

    [Fact]
    public void DatesFarApartKeepASurnameApart()
    {
        var decadeLater = new PersonSighting("Ban", [], Day.AddYears(10));
        Assert.Null(PersonMatcher.Match(decadeLater, [Ban]));
        Assert.Equal(Ban, PersonMatcher.Match(decadeLater with { Name = "Ban Ki-moon" }, [Ban]));
    }

    [Fact]
    public void ATitleAloneIsThePersonHoldingIt()
    {
        Assert.Equal(Ban, PersonMatcher.Match(Seen(null, "the UN Secretary-General"), [Ban, Torres]));
        Assert.Equal(Ban, PersonMatcher.Match(Seen(null, "Secretary General"), [Ban, Torres]));
        Assert.Null(PersonMatcher.Match(Seen(null, "Minister"), [Torres]));
        Assert.Null(PersonMatcher.Match(Seen(null, "Defence Minister"), [Torres]));
    }

    [Fact]
    public void AFullNameUpgradesAPersonKnownByOneWordWhenATitleConfirmsIt()
    {
        var banOnly = new KnownPerson(7, "Ban", ["Ban"], ["UN Secretary-General"], Day, Day, 1);
        Assert.Equal(banOnly, PersonMatcher.Match(Seen("Ban Ki-moon", "Secretary-General"), [banOnly]));
        Assert.Null(PersonMatcher.Match(Seen("Ban Ki-moon"), [banOnly]));
    }

    [Theory]
    [InlineData("UN Secretary-General", "Secretary General", true)]
    [InlineData("US Secretary of State", "Secretary of State", true)]
    [InlineData("President", "president", true)]
    [InlineData("President", "US President", false)]
    [InlineData("Foreign Minister", "Defence Minister", false)]
    public void TitlesMatchWhenEqualOrEndingInTwoWordsOrMore(string first, string second, bool expected)
    {
        Assert.Equal(expected, PersonMatcher.TitlesMatch(first, second));
        Assert.Equal(expected, PersonMatcher.TitlesMatch(second, first));
    }

    [Fact]
    public void KeysFindThePersonTheMatcherAccepts()
    {
        var filed = PersonKeys.ForPerson("Ban Ki-moon", ["UN Secretary-General"]).ToHashSet();
        Assert.Contains(PersonKeys.ForSighting(Seen("Ban")), filed.Contains);
        Assert.Contains(PersonKeys.ForSighting(Seen("Ban Ki-moon")), filed.Contains);
        Assert.Contains(PersonKeys.ForSighting(Seen(null, "Secretary-General")), filed.Contains);
        Assert.DoesNotContain(PersonKeys.ForSighting(Seen("Torres")), filed.Contains);
    }
}
