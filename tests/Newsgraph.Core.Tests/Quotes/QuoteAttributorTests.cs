using Newsgraph.Core.Quotes;

namespace Newsgraph.Core.Tests.Quotes;

public sealed class QuoteAttributorTests
{
    /// <summary>Every test text opens with this, so the surname "Brandt" has a full name to join.</summary>
    private const string Lead = "Foreign Minister Ivo Brandt arrived in Velmora on Monday. ";

    private const string Harbour = "The harbour will reopen before the winter storms";

    private static Document Process(string text) => NewsgraphPipelines.Default.Process(text, "t", new DateOnly(2014, 7, 23));

    private static string? Text(Document document, TextSpan? span) => span is { } s ? document.TextOf(s) : null;

    private static string? Speaker(Document document, Quote quote) => quote.Speaker >= 0 ? document.Entities[quote.Speaker].Name : null;

    private static Quote QuoteContaining(Document document, string fragment) =>
        Assert.Single(document.Quotes, q => document.TextOf(q.Content).Contains(fragment, StringComparison.Ordinal));

    private static void AssertQuote(Document document, Quote quote, QuoteKind kind, string content, string? cue, string? source, string? speaker, AttributionRule rule)
    {
        Assert.Equal(kind, quote.Kind);
        Assert.Equal(content, document.TextOf(quote.Content));
        Assert.Equal(cue, Text(document, quote.Cue));
        Assert.Equal(source, Text(document, quote.Source));
        Assert.Equal(speaker, Speaker(document, quote));
        Assert.Equal(rule, quote.Rule);
    }

    [Fact]
    public void TrailingCueNameThenVerb()
    {
        var document = Process(Lead + $"“{Harbour},” Brandt said.");
        var quote = Assert.Single(document.Quotes);
        AssertQuote(document, quote, QuoteKind.Direct, $"“{Harbour},”", "said", "Brandt", "Ivo Brandt", AttributionRule.AdjacentCue);
    }

    [Fact]
    public void TrailingCueAfterAQuestionThatClosesItsSentence()
    {
        var document = Process(Lead + "Reporters pressed Ana Torres on the delays.\n“Who will pay for the new harbour walls?” Brandt said.");
        var quote = QuoteContaining(document, "Who will pay");
        AssertQuote(document, quote, QuoteKind.Direct, "“Who will pay for the new harbour walls?”", "said", "Brandt", "Ivo Brandt", AttributionRule.AdjacentCue);
    }

    [Fact]
    public void TrailingCueVerbThenName()
    {
        var document = Process(Lead + $"“{Harbour},” said Brandt.");
        var quote = Assert.Single(document.Quotes);
        AssertQuote(document, quote, QuoteKind.Direct, $"“{Harbour},”", "said", "Brandt", "Ivo Brandt", AttributionRule.AdjacentCue);
    }

    [Fact]
    public void TrailingCueWithATitledSourceTakesTheTitle()
    {
        var document = Process($"“{Harbour},” Defence Minister Lara Quist said.");
        var quote = Assert.Single(document.Quotes);
        AssertQuote(document, quote, QuoteKind.Direct, $"“{Harbour},”", "said", "Defence Minister Lara Quist", "Lara Quist", AttributionRule.AdjacentCue);
    }

    [Fact]
    public void TrailingPronounCue()
    {
        var document = Process(Lead + $"“{Harbour},” he said.");
        var quote = Assert.Single(document.Quotes);
        AssertQuote(document, quote, QuoteKind.Direct, $"“{Harbour},”", "said", "he", "Ivo Brandt", AttributionRule.AdjacentCue);
    }

    [Fact]
    public void LeadingCueWithColon()
    {
        var document = Process(Lead + $"Brandt said: “{Harbour}.”");
        var quote = Assert.Single(document.Quotes);
        AssertQuote(document, quote, QuoteKind.Direct, $"“{Harbour}.”", "said", "Brandt", "Ivo Brandt", AttributionRule.AdjacentCue);
    }

    [Fact]
    public void ParticipleCueTakesTheClauseSubject()
    {
        var document = Process(Lead + $"Brandt offered a hopeful message, saying, “{Harbour}.”");
        // "offered a hopeful message" may be reported as an attribution of its own, as PolNeAR marks such offers.
        var quote = Assert.Single(document.Quotes, candidate => candidate.Kind == QuoteKind.Direct);
        AssertQuote(document, quote, QuoteKind.Direct, $"“{Harbour}.”", "saying", "Brandt", "Ivo Brandt", AttributionRule.AdjacentCue);
    }

    [Fact]
    public void IntroducingSentenceEndingWithAColon()
    {
        var document = Process(Lead + $"Brandt warned the council about the delays:\n“{Harbour}.”");
        var quote = Assert.Single(document.Quotes);
        AssertQuote(document, quote, QuoteKind.Direct, $"“{Harbour}.”", "warned", "Brandt", "Ivo Brandt", AttributionRule.IntroducingSentence);
    }

    [Fact]
    public void SecondQuoteParagraphWithoutACueKeepsTheSpeaker()
    {
        var document = Process(Lead + $"“{Harbour},” Brandt said.\n“Every ferry will run again by the new year.”");
        Assert.Equal(2, document.Quotes.Count);
        var second = document.Quotes[1];
        AssertQuote(document, second, QuoteKind.Direct, "“Every ferry will run again by the new year.”", null, "Brandt", "Ivo Brandt", AttributionRule.ParagraphSpeaker);
    }

    [Fact]
    public void QuoteResumedAfterItsCueIsOneAttributionInTwoParts()
    {
        var document = Process(Lead + $"“{Harbour},” Brandt said. “Every ferry will run again by the new year.”");
        var quote = Assert.Single(document.Quotes);
        Assert.Equal(AttributionRule.AdjacentCue, quote.Rule);
        Assert.Equal("Ivo Brandt", Speaker(document, quote));
        Assert.Equal([$"“{Harbour},”", "“Every ferry will run again by the new year.”"], quote.Parts.Select(document.TextOf));
        Assert.Equal(quote.Parts[0].Start, quote.Content.Start);
        Assert.Equal(quote.Parts[1].End, quote.Content.End);
    }

    [Fact]
    public void AQuotationResumedAfterItsCueInTheSameSentenceIsOneAttributionInTwoParts()
    {
        var document = Process(Lead + $"“{Harbour},” Brandt said, “and every ferry will run again by the new year.”");
        var quote = Assert.Single(document.Quotes);
        Assert.Equal("Ivo Brandt", Speaker(document, quote));
        Assert.Equal("said", Text(document, quote.Cue));
        Assert.Equal([$"“{Harbour},”", "“and every ferry will run again by the new year.”"], quote.Parts.Select(document.TextOf));
    }

    [Fact]
    public void QuoteOverTwoParagraphsIsOneQuote()
    {
        var document = Process(Lead + $"“{Harbour}.\n“Every ferry will run again by the new year,” Brandt said.");
        var quote = Assert.Single(document.Quotes);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.StartsWith($"“{Harbour}.", document.TextOf(quote.Content), StringComparison.Ordinal);
        Assert.EndsWith("new year,”", document.TextOf(quote.Content), StringComparison.Ordinal);
        Assert.Equal("Ivo Brandt", Speaker(document, quote));
        Assert.Equal(AttributionRule.AdjacentCue, quote.Rule);
    }

    [Fact]
    public void QuoteWithNoPersonAroundIsUnattributed()
    {
        var document = Process($"“{Harbour}.”");
        var quote = Assert.Single(document.Quotes);
        AssertQuote(document, quote, QuoteKind.Direct, $"“{Harbour}.”", null, null, null, AttributionRule.None);
    }

    [Fact]
    public void QuoteWithoutACueFallsBackToTheNearestPerson()
    {
        var document = Process(Lead + $"Brandt looked tired.\n“{Harbour}.”");
        var quote = Assert.Single(document.Quotes);
        Assert.Equal(AttributionRule.NearestMention, quote.Rule);
        Assert.Null(quote.Cue);
        Assert.Equal("Ivo Brandt", Speaker(document, quote));
    }

    [Fact]
    public void ShortQuotationIsNotADirectQuote()
    {
        var document = Process(Lead + "The mayor was “very pleased” today.");
        Assert.DoesNotContain(document.Quotes, q => q.Kind == QuoteKind.Direct);
    }

    [Fact]
    public void IndirectSaidThat()
    {
        var document = Process(Lead + "Brandt said that the harbour would reopen before the storms.");
        var quote = Assert.Single(document.Quotes);
        AssertQuote(document, quote, QuoteKind.Indirect, "that the harbour would reopen before the storms", "said", "Brandt", "Ivo Brandt", AttributionRule.AdjacentCue);
    }

    [Fact]
    public void IndirectSaidWithoutThat()
    {
        var document = Process(Lead + "Brandt said the harbour would reopen before the storms.");
        var quote = Assert.Single(document.Quotes);
        AssertQuote(document, quote, QuoteKind.Indirect, "the harbour would reopen before the storms", "said", "Brandt", "Ivo Brandt", AttributionRule.AdjacentCue);
    }

    [Fact]
    public void IndirectContentBeforeAPronounCue()
    {
        var document = Process(Lead + "The harbour will reopen before the storms, he said.");
        var quote = Assert.Single(document.Quotes);
        AssertQuote(document, quote, QuoteKind.Indirect, "The harbour will reopen before the storms", "said", "he", "Ivo Brandt", AttributionRule.AdjacentCue);
    }

    [Fact]
    public void IndirectContentBeforeANameCue()
    {
        var document = Process(Lead + "The harbour will reopen before the storms, Brandt said.");
        var quote = Assert.Single(document.Quotes);
        AssertQuote(document, quote, QuoteKind.Indirect, "The harbour will reopen before the storms", "said", "Brandt", "Ivo Brandt", AttributionRule.AdjacentCue);
    }

    [Fact]
    public void AccordingToAtTheStart()
    {
        var document = Process(Lead + "According to the foreign minister, the harbour will reopen before the storms.");
        var quote = Assert.Single(document.Quotes);
        AssertQuote(document, quote, QuoteKind.Indirect, "the harbour will reopen before the storms", "According to", "the foreign minister", "Ivo Brandt", AttributionRule.AdjacentCue);
    }

    [Fact]
    public void AccordingToAtTheEnd()
    {
        var document = Process(Lead + "The harbour will reopen before the storms, according to the foreign minister.");
        var quote = Assert.Single(document.Quotes);
        AssertQuote(document, quote, QuoteKind.Indirect, "The harbour will reopen before the storms", "according to", "the foreign minister", "Ivo Brandt", AttributionRule.AdjacentCue);
    }

    [Fact]
    public void AccordingToAFullName()
    {
        var document = Process(Lead + "The harbour will reopen before the storms, according to Ivo Brandt.");
        var quote = Assert.Single(document.Quotes);
        AssertQuote(document, quote, QuoteKind.Indirect, "The harbour will reopen before the storms", "according to", "Ivo Brandt", "Ivo Brandt", AttributionRule.AdjacentCue);
    }

    [Fact]
    public void ToldReportersThat()
    {
        var document = Process(Lead + "Brandt told reporters that the harbour would reopen before the storms.");
        var quote = Assert.Single(document.Quotes);
        AssertQuote(document, quote, QuoteKind.Indirect, "that the harbour would reopen before the storms", "told", "Brandt", "Ivo Brandt", AttributionRule.AdjacentCue);
    }

    [Fact]
    public void MixedWhenTheContentQuotesAFewWords()
    {
        var document = Process(Lead + "Brandt said the harbour deal was “a fair deal” for the region.");
        var quote = Assert.Single(document.Quotes);
        AssertQuote(document, quote, QuoteKind.Mixed, "the harbour deal was “a fair deal” for the region", "said", "Brandt", "Ivo Brandt", AttributionRule.AdjacentCue);
    }

    [Fact]
    public void NominalSourceResolvesToThePerson()
    {
        var document = Process("Ivo Brandt, the Norland foreign minister, arrived in Velmora on Tuesday. The foreign minister said the talks went well.");
        var quote = QuoteContaining(document, "talks went well");
        AssertQuote(document, quote, QuoteKind.Indirect, "the talks went well", "said", "The foreign minister", "Ivo Brandt", AttributionRule.AdjacentCue);
    }

    [Fact]
    public void QuotesAreInTextOrder()
    {
        var document = Process(Lead + $"Brandt said that the ferries were late. “{Harbour},” he said. The mayor said the roads were closed too.");
        Assert.Equal(3, document.Quotes.Count);
        Assert.True(document.Quotes.Zip(document.Quotes.Skip(1)).All(p => p.First.Content.Start < p.Second.Content.Start));
        Assert.Equal([QuoteKind.Indirect, QuoteKind.Direct, QuoteKind.Indirect], document.Quotes.Select(q => q.Kind));
    }

    [Fact]
    public void ASentenceWithADirectQuoteYieldsNoExtraIndirectQuote()
    {
        var document = Process(Lead + $"Brandt said: “{Harbour}.”");
        Assert.DoesNotContain(document.Quotes, q => q.Kind != QuoteKind.Direct);
    }

    [Theory]
    [InlineData("The harbour will reopen before the storms, according to Brandt.")]
    [InlineData("According to Brandt, the harbour will reopen before the storms.")]
    public void AccordingToASurnameNamesThePerson(string sentence)
    {
        var quote = Assert.Single(Process(Lead + sentence).Quotes);
        Assert.Equal("Ivo Brandt", Speaker(Process(Lead + sentence), quote));
    }

    [Fact]
    public void TimePhraseBetweenCueAndThatStaysOutOfTheContent()
    {
        var document = Process(Lead + "Brandt said on Tuesday that the harbour would reopen before the storms.");
        var quote = Assert.Single(document.Quotes);
        Assert.Equal("that the harbour would reopen before the storms", document.TextOf(quote.Content));
    }

    [Fact]
    public void ColonIntroducesAQuoteFarFromItsCue()
    {
        var document = Process(Lead + "Brandt warned the council about the delays: “The harbour will reopen before the winter storms.”");
        var quote = Assert.Single(document.Quotes);
        // The words between cue and quotation are reported too ("the delays"), so the quote is mixed; the addressee
        // and the preposition after the cue belong to the cue's phrase ("warned the council about"), as PolNeAR marks them.
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.EndsWith("the delays: “The harbour will reopen before the winter storms.”", document.TextOf(quote.Content), StringComparison.Ordinal);
        Assert.DoesNotContain("warned", document.TextOf(quote.Content), StringComparison.Ordinal);
        Assert.DoesNotContain("council", document.TextOf(quote.Content), StringComparison.Ordinal);
        Assert.Equal(ContentRule.LeadInAndQuotation, quote.ContentRule);
        Assert.Equal(2, quote.Parts.Count);
        Assert.Equal("“The harbour will reopen before the winter storms.”", document.TextOf(quote.Parts[1]));
        Assert.Equal("warned", Text(document, quote.Cue));
        Assert.Equal("Ivo Brandt", Speaker(document, quote));
    }

    [Fact]
    public void ACuePhraseAloneBeforeTheQuotationLeavesTheQuoteDirect()
    {
        var document = Process(Lead + "Brandt told reporters: “The harbour will reopen before the winter storms.”");
        var quote = Assert.Single(document.Quotes);
        AssertQuote(document, quote, QuoteKind.Direct, "“The harbour will reopen before the winter storms.”", "told", "Brandt", "Ivo Brandt", AttributionRule.AdjacentCue);
    }

    [Fact]
    public void UnknownSurnameAfterAQuoteIsAPerson()
    {
        var document = Process($"“{Harbour},” Brandt said.");
        var quote = Assert.Single(document.Quotes);
        Assert.Equal("Brandt", Speaker(document, quote));
    }

    [Fact]
    public void ANationalityInTheSourceIsNotTheSpeaker()
    {
        var document = Process("Norlander officials said that the ferries would run again by the new year.");
        var quote = Assert.Single(document.Quotes);
        Assert.Equal("Norlander officials", Text(document, quote.Source));
        Assert.Null(Speaker(document, quote));
    }

    [Fact]
    public void TheTwoAfterASentenceNamingTwoPeopleIsBothOfThem()
    {
        var document = Process("Ivo Brandt met Lara Quist in Velmora on Monday. The two said that the talks had gone well.");
        var quote = Assert.Single(document.Quotes);
        Assert.Null(Speaker(document, quote));
        Assert.Equal(["Ivo Brandt", "Lara Quist"], quote.Speakers.Select(s => document.Entities[s].Name));
    }

    [Fact]
    public void TheTwoAfterASentenceNamingThreePeopleStaysUnresolved()
    {
        var document = Process("Ivo Brandt met Lara Quist and Oskar Lind in Velmora. The two said that the talks had gone well.");
        Assert.Empty(Assert.Single(document.Quotes).Speakers);
    }

    [Theory]
    [InlineData("The harbour, Brandt said, will reopen before the storms.", "said", "Brandt")]
    [InlineData("The harbour, according to Brandt, will reopen before the storms.", "according to", "Brandt")]
    public void ACueBetweenCommasSplitsTheContentInTwoParts(string sentence, string cue, string source)
    {
        var document = Process(Lead + sentence);
        var quote = Assert.Single(document.Quotes);
        Assert.Equal(["The harbour", "will reopen before the storms"], quote.Parts.Select(document.TextOf));
        Assert.Equal(cue, Text(document, quote.Cue));
        Assert.Equal(source, Text(document, quote.Source));
        Assert.Equal("Ivo Brandt", Speaker(document, quote));
    }

    [Fact]
    public void AnIndirectQuoteRecordsHowItsSourceCueAndContentWereFound()
    {
        var document = Process(Lead + "Brandt said the harbour would reopen before the winter storms.");
        var quote = QuoteContaining(document, "the harbour would reopen");

        Assert.Equal(SourceRule.SubjectBeforeCue, quote.SourceRule);
        Assert.Equal(ContentRule.LearnedRankers, quote.ContentRule);
        Assert.True(quote.CueScore > 0, $"cue score {quote.CueScore}");
    }

    [Fact]
    public void AnAccordingToCueIsFoundByRuleAndNamesItsSourceAfterIt()
    {
        var document = Process(Lead + "The harbour will reopen before the winter storms, according to the port authority.");
        var quote = QuoteContaining(document, "The harbour will reopen");

        Assert.Equal(SourceRule.AccordingToObject, quote.SourceRule);
        Assert.Null(quote.CueScore);
        Assert.Equal("the port authority", Text(document, quote.Source));
    }

    [Fact]
    public void AnAdverbBetweenSubjectAndCueIsSkipped()
    {
        var document = Process(Lead + "Brandt quietly said the harbour would reopen before the winter storms.");
        var quote = QuoteContaining(document, "the harbour would reopen");

        Assert.Equal("Brandt", Text(document, quote.Source));
        Assert.Equal("Ivo Brandt", Speaker(document, quote));
    }

    [Theory]
    [InlineData("Brandt (a former harbour pilot) said the harbour would reopen before the winter storms.")]
    [InlineData("Brandt — long a critic of the port board — said the harbour would reopen before the winter storms.")]
    public void AnAsideInBracketsOrDashesBeforeTheCueIsSkipped(string sentence)
    {
        var document = Process(Lead + sentence);
        var quote = QuoteContaining(document, "the harbour would reopen");

        Assert.Equal("Brandt", Text(document, quote.Source));
        Assert.Equal("Ivo Brandt", Speaker(document, quote));
    }

    [Fact]
    public void ARelativePronounBeforeTheCueIsTheSourceWithThePhraseItStandsFor()
    {
        var document = Process(Lead + "The delays angered the port board, which said the harbour would reopen before the winter storms.");
        var quote = QuoteContaining(document, "the harbour would reopen");

        Assert.Equal("the port board, which", Text(document, quote.Source));
    }

    [Fact]
    public void APollOrAReportSpeaksForTheOrganisationItNames()
    {
        var document = Process("A new Bloomberg poll shows that most voters distrust both candidates.\n\n"
            + "According to a report by the Pentagon, the base will close next year.");

        var poll = QuoteContaining(document, "most voters distrust");
        Assert.Equal("A new Bloomberg poll", Text(document, poll.Source));
        Assert.Equal("Bloomberg", Speaker(document, poll));
        var report = QuoteContaining(document, "the base will close");
        Assert.Equal("a report by the Pentagon", Text(document, report.Source));
        Assert.Equal("Pentagon", Speaker(document, report));
    }

    [Fact]
    public void AQuotationWithoutACueContinuesTheReportedSpeechBeforeIt()
    {
        var document = Process(Lead + "Brandt said that the harbour would reopen before the winter storms. “Every ferry will run again by the new year.”");
        var quote = QuoteContaining(document, "the harbour would reopen");

        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.EndsWith("“Every ferry will run again by the new year.”", document.TextOf(quote.Content), StringComparison.Ordinal);
        Assert.Equal("“Every ferry will run again by the new year.”", document.TextOf(quote.Parts[^1]));
        Assert.Equal("Ivo Brandt", Speaker(document, quote));
        Assert.DoesNotContain(document.Quotes, other => other.Kind == QuoteKind.Direct);
    }
}
