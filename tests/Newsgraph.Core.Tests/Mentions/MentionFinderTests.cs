using Newsgraph.Core.Mentions;

namespace Newsgraph.Core.Tests.Mentions;

public sealed class MentionFinderTests
{
    private static Document Process(string text) => NewsgraphPipelines.Default.Process(text, "t", new DateOnly(2014, 7, 23));

    private static Mention MentionOf(Document document, string text) =>
        Assert.Single(document.Mentions, m => document.TextOf(m.Span) == text);

    private static string? TitleOf(Document document, Mention mention) => mention.Title is { } t ? document.TextOf(t) : null;

    [Fact]
    public void TitleBeforeTheName()
    {
        var document = Process("Defence Minister Lara Quist said the bridge would reopen in spring.");
        var mention = MentionOf(document, "Lara Quist");
        Assert.Equal(MentionKind.Name, mention.Kind);
        Assert.Equal(EntityType.Person, mention.Type);
        Assert.Equal("Defence Minister", TitleOf(document, mention));
    }

    [Fact]
    public void GenderedTitleGivesTheMentionAGender()
    {
        var document = Process("Spokeswoman Lara Quist said the bridge would reopen in spring.");
        var mention = MentionOf(document, "Lara Quist");
        Assert.Equal("Spokeswoman", TitleOf(document, mention));
        Assert.Equal(Gender.Female, mention.Gender);
    }

    [Fact]
    public void TitleInAnApposition()
    {
        var document = Process("Ivo Brandt, the Norland foreign minister, arrived in Velmora on Tuesday.");
        var mention = MentionOf(document, "Ivo Brandt");
        Assert.Equal("Norland foreign minister", TitleOf(document, mention));
    }

    [Fact]
    public void AnAppositionWithoutARoleIsNoTitle()
    {
        var document = Process("Ivo Brandt, the tall man in grey, arrived in Velmora on Tuesday.");
        Assert.Null(MentionOf(document, "Ivo Brandt").Title);
    }

    [Fact]
    public void NominalHeadedByARole()
    {
        var document = Process("Ivo Brandt arrived in Velmora. The foreign minister said the talks went well.");
        var mention = MentionOf(document, "The foreign minister");
        Assert.Equal(MentionKind.Nominal, mention.Kind);
        Assert.Equal(EntityType.Person, mention.Type);
        Assert.Equal(GrammaticalNumber.Singular, mention.Number);
        Assert.Equal("foreign minister", TitleOf(document, mention));
        Assert.Equal(1, mention.Sentence);
    }

    [Fact]
    public void ATitleBeforeANameIsNotANominal()
    {
        var document = Process("Later the Foreign Minister Ivo Brandt arrived in Velmora.");
        Assert.DoesNotContain(document.Mentions, m => m.Kind == MentionKind.Nominal);
        Assert.Equal("Foreign Minister", TitleOf(document, MentionOf(document, "Ivo Brandt")));
    }

    [Fact]
    public void PluralNominal()
    {
        var document = Process("Ivo Brandt arrived in Velmora. The officials said the talks went well.");
        var mention = MentionOf(document, "The officials");
        Assert.Equal(MentionKind.Nominal, mention.Kind);
        Assert.Equal(GrammaticalNumber.Plural, mention.Number);
    }

    [Fact]
    public void GroupNominal()
    {
        var document = Process("Ivo Brandt and Lara Quist met. The two said that the port would stay closed.");
        var mention = MentionOf(document, "The two");
        Assert.Equal(MentionKind.Nominal, mention.Kind);
        Assert.Equal(GrammaticalNumber.Plural, mention.Number);
        Assert.Null(mention.Title);
    }

    [Theory]
    [InlineData("He", Gender.Male, GrammaticalNumber.Singular)]
    [InlineData("her", Gender.Female, GrammaticalNumber.Singular)]
    [InlineData("they", Gender.Unknown, GrammaticalNumber.Plural)]
    public void Pronouns(string pronoun, Gender gender, GrammaticalNumber number)
    {
        var document = Process("He met her in Velmora, and they talked for an hour.");
        var mention = MentionOf(document, pronoun);
        Assert.Equal(MentionKind.Pronoun, mention.Kind);
        Assert.Equal(gender, mention.Gender);
        Assert.Equal(number, mention.Number);
    }

    [Fact]
    public void ItIsNotAPersonPronoun()
    {
        var document = Process("It rained in Velmora and it flooded the road.");
        Assert.DoesNotContain(document.Mentions, m => m.Kind == MentionKind.Pronoun);
    }

    [Fact]
    public void MentionsAreInTextOrderWithTheirSentence()
    {
        var document = Process("Ivo Brandt arrived in Velmora. He met Lara Quist there.");
        Assert.Equal(["Ivo Brandt", "Velmora", "He", "Lara Quist"], document.Mentions.Select(m => document.TextOf(m.Span)));
        Assert.Equal([0, 0, 1, 1], document.Mentions.Select(m => m.Sentence));
    }

    [Fact]
    public void UnknownPossessorBeforeATitleIsPartOfIt()
    {
        var document = Process("Norland’s Foreign Minister Ivo Brandt arrived in Velmora.");
        Assert.Equal("Norland’s Foreign Minister", TitleOf(document, MentionOf(document, "Ivo Brandt")));
    }

    [Fact]
    public void TitleWithOfOpensASentence()
    {
        var document = Process("Secretary of State Lara Quist arrived in Velmora.");
        var mention = MentionOf(document, "Lara Quist");
        Assert.Equal(EntityType.Person, mention.Type);
        Assert.Equal("Secretary of State", TitleOf(document, mention));
    }

    [Fact]
    public void PluralRoleIsAPluralNominal()
    {
        var document = Process("The ministers said the talks went well.");
        var mention = MentionOf(document, "The ministers");
        Assert.Equal(MentionKind.Nominal, mention.Kind);
        Assert.Equal(GrammaticalNumber.Plural, mention.Number);
    }
}
