using Newsgraph.Core.Quotes;

namespace Newsgraph.Core.Tests.Quotes;

/// <summary>The source phrase of indirect attributions, through the whole pipeline, on made-up sentences.</summary>
public sealed class SourceFinderTests
{
    private const string Claim = "the harbour would reopen before the winter storms";

    private static Document Process(string text) => NewsgraphPipelines.Default.Process(text, "t", new DateOnly(2014, 7, 23));

    private static Quote QuoteContaining(Document document, string fragment) =>
        Assert.Single(document.Quotes, q => document.TextOf(q.Content).Contains(fragment, StringComparison.Ordinal));

    private static Quote QuoteWithCue(Document document, string cue) =>
        Assert.Single(document.Quotes, q => q.Cue is { } span && document.TextOf(span) == cue);

    private static string? SourceOf(Document document, string fragment) =>
        QuoteContaining(document, fragment).Source is { } source ? document.TextOf(source) : null;

    [Theory]
    // A capitalised word the tagger reads as an adverb or auxiliary is a name.
    [InlineData("Jolly said", "Jolly")]
    [InlineData("Will said", "Will")]
    [InlineData("About four in 10 said", "About four in 10")]
    // A relative pronoun comes with the phrase it stands for.
    [InlineData("The new ferry line belongs to a firm that promised", "a firm that")]
    // Asides: between commas after a noun, in dashes or brackets, closing inside quotation marks, ages and places.
    [InlineData("Sexton, after two long meetings with the port board, said", "Sexton")]
    [InlineData("Mira Sexton, though, said", "Mira Sexton")]
    [InlineData("Mira Sexton, meanwhile, who sits on the port board, said", "Mira Sexton")]
    [InlineData("The dock workers, for their part, said", "The dock workers")]
    [InlineData("Mira Sexton, clad in a yellow raincoat, said", "Mira Sexton")]
    [InlineData("Mira Sexton -- a ferry pilot for twenty years -- said", "Mira Sexton")]
    [InlineData("Mira Sexton, the host of “Harbour Talk,” said", "Mira Sexton")]
    [InlineData("Rep. Mira Sexton (Velmora), a ferry pilot, said", "Rep. Mira Sexton")]
    [InlineData("Mira Sexton, 41, a ferry pilot from the north shore, said", "Mira Sexton")]
    [InlineData("Mira Sexton, 41, of Portland, Maine, said", "Mira Sexton")]
    [InlineData("Mira Sexton, speaking at a rally in Portland, Maine, said", "Mira Sexton")]
    [InlineData("Mira Sexton herself said", "Mira Sexton")]
    [InlineData("Mira Sexton has since said", "Mira Sexton")]
    // A name after a preposition ends the subject phrase without being the subject.
    [InlineData("A senior official speaking to Velmora Radio said", "A senior official speaking to Velmora Radio")]
    // "by" before a gerund and "to" before an infinitive hang the cue on an earlier verb.
    [InlineData("Mira Sexton calmed the angry crowd on Monday by promising that", "Mira Sexton")]
    [InlineData("Mira Sexton stood up slowly to declare that", "Mira Sexton")]
    public void TheSubjectBeforeACue(string lead, string source)
    {
        var document = Process($"{lead} {Claim}.");

        Assert.Equal(source, SourceOf(document, "harbour would reopen"));
    }

    [Theory]
    [InlineData("Mira Sexton toured the docks on Monday and said", "Mira Sexton")]
    [InlineData("Mira Sexton tours the docks, promises", "Mira Sexton")]
    [InlineData("The port board hired Ana Torres, who toured the docks and said", "Ana Torres, who")]
    public void ACueCoordinatedWithAnEarlierVerbTakesThatVerbsSubject(string lead, string source)
    {
        var document = Process($"{lead} {Claim}.");
        var quote = QuoteContaining(document, "harbour would reopen");

        Assert.Equal(source, document.TextOf(quote.Source!.Value));
        Assert.Equal(SourceRule.CoordinatedVerbSubject, quote.SourceRule);
    }

    [Fact]
    public void ARelativePronounBeforeALeadingCueComesWithThePhraseItStandsFor()
    {
        var document = Process("The board hired Mira Sexton, who said: “The harbour will reopen before the winter storms.”");

        Assert.Equal("Mira Sexton, who", SourceOf(document, "harbour will reopen"));
    }

    [Fact]
    public void ACoordinatedCuePassesOverTheClauseAnEarlierCueReports()
    {
        var document = Process("Mira Sexton said that the board was slow but promised: “The ferries will run again by the new year.”");

        Assert.Equal("Mira Sexton", SourceOf(document, "ferries will run"));
    }

    [Theory]
    [InlineData("Mira Sexton was asked whether", "whether the harbour")]
    [InlineData("Mira Sexton was asked at a meeting called by the port board whether", "whether the harbour")]
    [InlineData("The port board is expected to say that", "the harbour would reopen")]
    [InlineData("Mira Sexton seemed confident that", "the harbour would reopen")]
    [InlineData("The port board appears to believe that", "the harbour would reopen")]
    public void APassiveCueWithoutAnAgentOrACueOfHowThingsLookHasNoSource(string lead, string fragment)
    {
        var document = Process($"{lead} {Claim}.");
        var quote = QuoteContaining(document, fragment);

        Assert.Null(quote.Source);
        Assert.Equal(-1, quote.Speaker);
    }

    [Theory]
    [InlineData("The harbour ruling is widely expected to favour the ferry owners.", "The harbour ruling", "to favour the ferry owners")]
    [InlineData("The new ferry plan seemed to please the dock workers.", "The new ferry plan", "to please the dock workers")]
    public void ACueThatNamesNoSourceReportsItsSubjectToo(string sentence, string subject, string rest)
    {
        var document = Process(sentence);
        var quote = QuoteContaining(document, rest);

        Assert.Null(quote.Source);
        Assert.Equal([subject, rest], quote.Parts.Select(document.TextOf));
    }

    [Fact]
    public void APassiveCueTakesTheAgentAfterBy()
    {
        var document = Process("Mira Sexton has been criticised by the dock workers for failing to reopen the harbour before the winter storms.");
        var quote = QuoteContaining(document, "failing to reopen");

        Assert.Equal("the dock workers", document.TextOf(quote.Source!.Value));
        Assert.Equal(SourceRule.PassiveAgent, quote.SourceRule);
    }

    [Fact]
    public void AParticipleOfAStateKeepsItsSubject()
    {
        // "are worried" says what the workers fear, so they are the source, unlike "are expected".
        var document = Process("The dock workers are worried that the harbour will not reopen before the winter storms.");

        Assert.Equal("The dock workers", SourceOf(document, "will not reopen"));
    }

    [Fact]
    public void AParticipleThatDescribesAThingHasNoSourceUnlessItsSubjectStandsBeforeIt()
    {
        var document = Process("The harbour plan is widely known for its promise that the ferries would run again by the new year.\n\n"
            + "Mira Sexton dubbed the harbour plan a costly fantasy of the port board.");

        Assert.Null(QuoteContaining(document, "the ferries would run").Source);
        Assert.Equal("Mira Sexton", SourceOf(document, "costly fantasy"));
    }

    [Fact]
    public void AParticipleCueTakesTheSubjectOfTheNearestVerbNotTheFirstPersonNamed()
    {
        var document = Process("When Ana Torres left the port board, Mira Sexton took over the talks, saying that the harbour would reopen before the winter storms.");

        Assert.Equal("Mira Sexton", SourceOf(document, "harbour would reopen"));
    }

    [Theory]
    // An expletive "it" names no one, nor does the article of a noun cue.
    [InlineData("It was hard to argue that {0}.")]
    [InlineData("The fear that {0} grew.")]
    public void ACueWithoutASpeakerGetsNoSource(string sentence)
    {
        var document = Process(string.Format(System.Globalization.CultureInfo.InvariantCulture, sentence, Claim));

        Assert.Null(QuoteContaining(document, "harbour would reopen").Source);
    }

    [Fact]
    public void AParticipleCuePassesOverAnInfinitiveWhoseObjectEndsAnEarlierClause()
    {
        // "raise" would make "defended his call" its subject: a phrase with a verb in it is no subject.
        var document = Process("Mira Sexton defended her call to raise the harbour fees, saying that the harbour would reopen before the winter storms.");

        Assert.Equal("Mira Sexton", SourceOf(document, "harbour would reopen"));
    }

    [Theory]
    [InlineData("former harbour master Mira Sexton")]
    [InlineData("veteran ferry pilot Mira Sexton")]
    public void AnInvertedSubjectMayOpenWithALowerCaseTitle(string source)
    {
        var document = Process($"“The harbour will reopen before the winter storms,” said {source}.");

        Assert.Equal(source, SourceOf(document, "harbour will reopen"));
    }

    [Fact]
    public void AnOpeningPassiveParticipleTakesItsAgent()
    {
        var document = Process("Asked by Mira Sexton whether the harbour would reopen before the winter storms, the board said nothing.");
        var quote = QuoteWithCue(document, "Asked");

        Assert.Equal("Mira Sexton", document.TextOf(quote.Source!.Value));
        Assert.Equal(SourceRule.PassiveAgent, quote.SourceRule);
    }

    [Fact]
    public void AnOpeningClauseAfterAPrepositionTakesTheMainClausesSubjectPastARelativeClause()
    {
        var document = Process("After thanking the dock workers, who cheered her name, Mira Sexton promised that the harbour would reopen before the winter storms.");
        var quote = QuoteContaining(document, "the dock workers");

        Assert.Equal("Mira Sexton", document.TextOf(quote.Source!.Value));
        Assert.Equal(SourceRule.SubjectAfterContent, quote.SourceRule);
    }

    [Fact]
    public void ACueOpeningTheSentenceBeforeAQuotationTakesTheSubjectAfterIt()
    {
        var document = Process("Said Mira Sexton, “The harbour will reopen before the winter storms.”");

        Assert.EndsWith("Mira Sexton", SourceOf(document, "harbour will reopen"), StringComparison.Ordinal);
    }

    [Fact]
    public void AQuantityBeforeAnInfinitiveCueSpeaksForThePeopleItCounts()
    {
        var document = Process($"The board kept the docks closed for a year, leaving many to wonder whether {Claim}.");

        Assert.EndsWith("many", SourceOf(document, "harbour would reopen"), StringComparison.Ordinal);
    }

    [Fact]
    public void AnOpeningPassiveParticipleWithoutAnAgentHasNoSourceButOneOfAStateTakesTheSubject()
    {
        var document = Process("Asked whether the harbour would reopen before the winter storms, Mira Sexton said nothing.\n\n"
            + "Worried that the ferries would stop before the winter storms, the dock workers wrote to the port board.");

        Assert.Null(QuoteWithCue(document, "Asked").Source);
        Assert.StartsWith("the dock workers", SourceOf(document, "ferries would stop"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mira Sexton spoke on Velmora Radio's “Morning Show,” adding,")]
    [InlineData("In a letter, Mira Sexton called the delay a “breach of trust,” adding:")]
    public void AParticipleAfterAQuotationTakesItsClausesSubject(string lead)
    {
        var document = Process($"{lead} “The harbour will reopen before the winter storms.”");

        Assert.Equal("Mira Sexton", SourceOf(document, "harbour will reopen"));
    }
}
