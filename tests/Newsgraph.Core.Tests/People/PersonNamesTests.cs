using Newsgraph.Core.People;

namespace Newsgraph.Core.Tests.People;

public sealed class PersonNamesTests
{
    [Theory]
    [InlineData("Vermont Sen. Bernie Sanders", "Bernie Sanders")]
    [InlineData("Ted Cruz of Texas", "Ted Cruz")]
    [InlineData("Dr. Lena Fisk", "Lena Fisk")]
    [InlineData("Ana Torres", "Ana Torres")]
    public void CleanDropsTitlesInNamesAndPlacesAfterThem(string name, string expected) =>
        Assert.Equal(expected, PersonNames.Clean(name));

    [Fact]
    public void TheCanonicalFullNameIsKeptWithTheNamesMadeOfItsWords()
    {
        var (name, aliases) = PersonNames.Choose("Piet Olsen", ["Piet Olsen", "Olsen", "Ana Torres", "Olsen"]);
        Assert.Equal("Piet Olsen", name);
        Assert.Equal(["Piet Olsen", "Olsen"], aliases);
    }

    [Fact]
    public void AHeadlineCaughtAsANameGivesWayToTheFullNameUsed()
    {
        var (name, aliases) = PersonNames.Choose("Seven Things Marek Hollis Said About Boats", ["Marek Hollis", "Hollis", "Marek Hollis"]);
        Assert.Equal("Marek Hollis", name);
        Assert.DoesNotContain(aliases, alias => alias.StartsWith("Seven", StringComparison.Ordinal));
    }

    [Fact]
    public void AWordInFrontOfAFullNameUsedIsDropped()
    {
        Assert.Equal("Ines Varga", PersonNames.Choose("Mayoral Ines Varga", ["Ines Varga", "Varga"]).Name);
        Assert.Equal("Ines Maria Varga", PersonNames.Choose("Ines Maria Varga", ["Varga"]).Name);
    }

    [Fact]
    public void ASingleNameIsUsedOnlyWithoutAFullOne() =>
        Assert.Equal("Varga", PersonNames.Choose("Varga", ["Varga"]).Name);

    [Theory]
    [InlineData("Mr.", false)]
    [InlineData("Dr", false)]
    [InlineData("Mayor", true)]
    [InlineData("", false)]
    public void HonorificsAreNoTitles(string title, bool expected) => Assert.Equal(expected, PersonNames.IsTitle(title));

    [Fact]
    public void MiddleInitialsAndHonorificsDoNotChangeANameKey()
    {
        Assert.Equal(PersonKeys.NameKey("Donald Trump"), PersonKeys.NameKey("Donald J. Trump"));
        Assert.Equal(PersonKeys.NameKey("Ban"), PersonKeys.NameKey("Mr Ban"));
        Assert.NotEqual(PersonKeys.NameKey("Donald Trump"), PersonKeys.NameKey("Donald Trump Jr"));
    }
}
