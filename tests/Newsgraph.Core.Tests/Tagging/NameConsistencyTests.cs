using Newsgraph.Core.Mentions;
using Newsgraph.Core.Tagging;
using Newsgraph.Core.Text;

namespace Newsgraph.Core.Tests.Tagging;

public sealed class NameConsistencyTests
{
    /// <summary>Made-up sentences as one document: its text, tokens and sentence bounds.</summary>
    private static (string Text, Token[] Tokens, Sentence[] Sentences) Document(params string[][] sentences)
    {
        var (text, tokens) = WordText.Join([.. sentences.SelectMany(words => words)]);
        var bounds = new Sentence[sentences.Length];
        var first = 0;
        for (var s = 0; s < sentences.Length; s++)
        {
            bounds[s] = new Sentence(0, 0, first, first + sentences[s].Length, 0);
            first += sentences[s].Length;
        }

        return (text, tokens, bounds);
    }

    private static List<(int First, int End, EntityType Type)> Apply((string Text, Token[] Tokens, Sentence[] Sentences) document, params (int, int, EntityType)[] found)
    {
        var names = found.ToList();
        NameConsistency.Apply(document.Text, document.Tokens, document.Sentences, names);
        return names;
    }

    [Fact]
    public void ANameFoundOnceIsFoundAtTheStartOfAnotherSentence()
    {
        var document = Document(["Velmora", "hosted", "the", "fair", "."], ["Crowds", "came", "to", "Velmora", "."]);
        var names = Apply(document, (8, 9, EntityType.Place));
        Assert.Equal([(0, 1, EntityType.Place), (8, 9, EntityType.Place)], names);
    }

    [Fact]
    public void AManyWordNameIsFoundWholeAndTakesTheTypeMostOccurrencesGot()
    {
        var document = Document(
            ["Brask", "Tolle", "Works", "opened", "."],
            ["Staff", "of", "Brask", "Tolle", "Works", "met", "."],
            ["Brask", "Tolle", "Works", "grew", "."],
            ["Brask", "Tolle", "Works", "closed", "."]);
        var names = Apply(document, (7, 10, EntityType.Organization), (12, 15, EntityType.Place), (17, 20, EntityType.Organization));
        Assert.Equal([(0, 3, EntityType.Organization), (7, 10, EntityType.Organization), (12, 15, EntityType.Place), (17, 20, EntityType.Organization)], names);
    }

    [Fact]
    public void LowerCaseWordsAndWordsInsideOtherNamesAreLeftAlone()
    {
        var document = Document(["Mayor", "Orin", "Dask", "spoke", "."], ["The", "orin", "trees", "near", "Orin", "grew", "."]);
        var names = Apply(document, (1, 3, EntityType.Person), (9, 10, EntityType.Place));
        Assert.Equal([(1, 3, EntityType.Person), (9, 10, EntityType.Place)], names);
    }

    [Fact]
    public void ANameTheRecogniserMostlyLeftOutInsideSentencesIsNotSpread()
    {
        var document = Document(
            ["Work", "on", "QX", "began", "."],
            ["Tools", "for", "QX", "help", "."],
            ["Teams", "use", "QX", "daily", "."],
            ["QX", "grew", "."]);
        var names = Apply(document, (2, 3, EntityType.Person));
        Assert.Equal([(2, 3, EntityType.Person)], names);
    }

    [Fact]
    public void APersonNamedInFullIsFoundByTheLastWordAlone()
    {
        var document = Document(["Tamsin", "Orlo", "Vey", "arrived", "."], ["Vey", "left", "early", "."]);
        var names = Apply(document, (0, 3, EntityType.Person));
        Assert.Equal([(0, 3, EntityType.Person), (5, 6, EntityType.Person)], names);
    }

    [Fact]
    public void APersonTwiceAfterALocativeBecomesAPlace()
    {
        var document = Document(["Ferries", "sail", "into", "Quenby", "."], ["Tourists", "stay", "in", "Quenby", "."], ["Quenby", "grew", "."]);
        var names = Apply(document, (3, 4, EntityType.Person), (8, 9, EntityType.Person), (10, 11, EntityType.Person));
        Assert.Equal([(3, 4, EntityType.Place), (8, 9, EntityType.Place), (10, 11, EntityType.Place)], names);
    }

    [Fact]
    public void APersonAfterToFromAtOrOwningWhatFollowsStaysAPerson()
    {
        var document = Document(["According", "to", "Quenby", "."], ["Letters", "from", "Quenby", "came", "."],
            ["Voters", "in", "Quenby", "'s", "ward", "."], ["Critics", "in", "Quenby", "’s", "party", "."]);
        var names = Apply(document, (2, 3, EntityType.Person), (6, 7, EntityType.Person), (11, 12, EntityType.Person), (17, 18, EntityType.Person));
        Assert.All(names, name => Assert.Equal(EntityType.Person, name.Type));
    }

    [Fact]
    public void APersonOnceAfterALocativeStaysAPerson()
    {
        var document = Document(["Letters", "went", "to", "Quenby", "."], ["Quenby", "wrote", "back", "."]);
        var names = Apply(document, (3, 4, EntityType.Person), (5, 6, EntityType.Person));
        Assert.Equal([(3, 4, EntityType.Person), (5, 6, EntityType.Person)], names);
    }

    [Fact]
    public void APersonsNameLosesTheTitleItStartsWithButATitleAloneStays()
    {
        var document = Document(["Senator", "Quenby", "Marsh", "spoke", "."], ["The", "President", "listened", "."]);
        var names = Apply(document, (0, 3, EntityType.Person), (6, 7, EntityType.Person));
        Assert.Equal([(1, 3, EntityType.Person), (6, 7, EntityType.Person)], names);
    }

    private static List<(int First, int End, EntityType Type)> Finish((string Text, Token[] Tokens, Sentence[] Sentences) document, params (int, int, EntityType)[] found)
    {
        var names = found.ToList();
        NameConsistency.Finish(document.Text, document.Tokens, names);
        return names;
    }

    [Fact]
    public void AnHonorificWithoutItsFullStopIsATitleToo()
    {
        var document = Document(["Ms", "Quenby", "spoke", "."], ["Mrs", "Marsh", "listened", "."]);
        var names = Finish(document, (0, 2, EntityType.Person), (4, 6, EntityType.Person));
        Assert.Equal([(1, 2, EntityType.Person), (5, 6, EntityType.Person)], names);
    }

    [Fact]
    public void AnAcronymInBracketsAfterANameIsThatNameAndIsFoundAgain()
    {
        var document = Document(
            ["The", "Velmora", "Harbour", "Authority", "(", "VHA", ")", "met", "."],
            ["VHA", "said", "no", "."],
            ["The", "talks", "(", "TV", ")", "ended", "."]);
        var names = Finish(document, (1, 4, EntityType.Organization));
        // "TV" spells no initials of a name before it, so it stays out.
        Assert.Equal([(1, 4, EntityType.Organization), (5, 6, EntityType.Organization), (9, 10, EntityType.Organization)], names);
    }

    [Fact]
    public void CapitalsInBracketsThatSpellOtherInitialsAreNoAcronym()
    {
        var document = Document(["The", "Velmora", "Harbour", "Authority", "(", "PDQ", ")", "met", "."]);
        var names = Finish(document, (1, 4, EntityType.Organization));
        Assert.Equal([(1, 4, EntityType.Organization)], names);
    }
}
