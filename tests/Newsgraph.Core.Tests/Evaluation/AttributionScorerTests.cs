using Newsgraph.Core.Evaluation;

namespace Newsgraph.Core.Tests.Evaluation;

public sealed class AttributionScorerTests
{
    private const string Letters = "abcdefghij";

    private static TextSpan Find(string text, string part)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{part}' is not in the fixture");
        return new TextSpan(start, start + part.Length);
    }

    private static Attribution Content(int start, int end, TextSpan? source = null, TextSpan? cue = null) =>
        new([new TextSpan(start, end)], cue is { } c ? [c] : [], source is { } s ? [s] : []);

    [Fact]
    public void IdenticalAttributionsScorePerfectly()
    {
        const string text = "Ann said \"we will win.\"";
        var gold = new Attribution([Find(text, "\"we will win.\"")], [Find(text, "said")], [Find(text, "Ann")]);

        var scores = AttributionScorer.Score(text, [gold], [gold]);

        Assert.Equal(new AttributionScores(1, 1, 1, 1, 1, 1, 1, 1, 1), scores);
        Assert.Equal(1, scores.ContentF1);
        Assert.Equal(1, scores.ExactContentF1);
        Assert.Equal(1, scores.FullF1);
        Assert.Equal(1, scores.DirectQuoteSourceAccuracy);
    }

    [Fact]
    public void IgnoresWhitespaceQuotationMarksAndClausePunctuation()
    {
        const string text = "Ann said: “We will win, surely.” Then she left.";
        var gold = new Attribution([Find(text, ": “We will win, surely.” ")], [], []);
        var predicted = new Attribution([Find(text, "We will win, surely")], [], []);

        var scores = AttributionScorer.Score(text, [gold], [predicted]);

        Assert.Equal(1, scores.Matched);
        Assert.Equal(1, scores.ExactMatched);
    }

    [Theory]
    [InlineData(0, 4, 0, 2, true)] // 2 shared of 4: exactly half
    [InlineData(0, 5, 0, 2, false)] // 2 of 5
    [InlineData(0, 4, 2, 6, false)] // 2 of 6
    [InlineData(0, 4, 1, 4, true)] // 3 of 4
    public void MatchesAtHalfTheUnion(int goldStart, int goldEnd, int predictedStart, int predictedEnd, bool matches)
    {
        var scores = AttributionScorer.Score(Letters, [Content(goldStart, goldEnd)], [Content(predictedStart, predictedEnd)]);

        Assert.Equal(matches ? 1 : 0, scores.Matched);
        Assert.Equal(0, scores.ExactMatched);
        Assert.Equal(matches ? 1 : 0, scores.ContentF1);
    }

    [Fact]
    public void PairsOneToOneBestOverlapFirst()
    {
        // The prediction overlaps both gold attributions; it goes to the exact one (gold 1), leaving gold 0 unmatched.
        var gold = new[] { Content(0, 6), Content(0, 4) };
        var predicted = new[] { Content(0, 4), Content(0, 3) };

        var scores = AttributionScorer.Score(Letters, gold, predicted);

        // Prediction 1 then pairs with gold 0 (3 of 6 = 0.5).
        Assert.Equal(2, scores.Matched);
        Assert.Equal(1, scores.ExactMatched);
        Assert.Equal(1, scores.ContentF1);
        Assert.Equal(0.5, scores.ExactContentF1);
    }

    [Fact]
    public void AGoldAttributionMatchesOnlyOnePrediction()
    {
        var scores = AttributionScorer.Score(Letters, [Content(0, 4)], [Content(0, 4), Content(0, 4)]);

        Assert.Equal(1, scores.Matched);
        Assert.Equal(0.5, scores.ContentPrecision);
        Assert.Equal(1, scores.ContentRecall);
        Assert.Equal(2.0 / 3, scores.ContentF1, 10);
    }

    [Fact]
    public void BreaksTiesByGoldIndex()
    {
        // Two identical gold contents with different sources: the prediction pairs with gold 0, whose source it misses.
        var gold = new[] { Content(0, 4, source: new TextSpan(6, 7)), Content(0, 4, source: new TextSpan(8, 9)) };
        var predicted = new[] { Content(0, 4, source: new TextSpan(8, 10)) };

        var scores = AttributionScorer.Score(Letters, gold, predicted);

        Assert.Equal(1, scores.Matched);
        Assert.Equal(0, scores.SourceCorrect);
    }

    [Fact]
    public void SourceAndCueAreRightWhenTheyOverlapOrAreBothAbsent()
    {
        var gold = new[]
        {
            Content(0, 2, source: new TextSpan(8, 10), cue: new TextSpan(6, 7)),
            Content(2, 4),
            Content(4, 6, source: new TextSpan(8, 9)),
        };
        var predicted = new[]
        {
            Content(0, 2, source: new TextSpan(9, 10), cue: new TextSpan(7, 8)),
            Content(2, 4),
            Content(4, 6),
        };

        var scores = AttributionScorer.Score(Letters, gold, predicted);

        Assert.Equal(3, scores.Matched);
        Assert.Equal(2, scores.SourceCorrect);
        Assert.Equal(2, scores.CueCorrect);
        Assert.Equal(2.0 / 3, scores.SourceAccuracy, 10);
        Assert.Equal(2.0 / 3, scores.CueAccuracy, 10);
        Assert.Equal(2.0 * 2 / 6, scores.FullF1, 10);
    }

    [Fact]
    public void DirectQuoteSourceAccuracyCountsOnlyFullyQuotedGoldContent()
    {
        const string text = "Ann said \"we win.\" Bob said we lose. Cy said “one,” he added, “two.”";
        var gold = new[]
        {
            new Attribution([Find(text, "\"we win.\"")], [], [Find(text, "Ann")]),
            new Attribution([Find(text, "we lose")], [], [Find(text, "Bob")]),
            new Attribution([Find(text, "“one,”"), Find(text, "“two.”")], [], [Find(text, "Cy")]),
        };
        var predicted = new[]
        {
            new Attribution([Find(text, "we win")], [], [Find(text, "Bob")]),
            new Attribution([Find(text, "we lose")], [], [Find(text, "Bob")]),
            new Attribution([Find(text, "“one,”"), Find(text, "“two.”")], [], [Find(text, "Cy")]),
        };

        var scores = AttributionScorer.Score(text, gold, predicted);

        Assert.Equal(3, scores.Matched);
        Assert.Equal(1, scores.DirectQuotes);
        Assert.Equal(0, scores.DirectQuoteSourceCorrect);
        Assert.Equal(2, scores.SourceCorrect);
    }

    [Theory]
    [InlineData(" “We will win.” ", true)]
    [InlineData("\"We will win\".", true)]
    [InlineData("“We will win,” he said, “soon.”", false)]
    [InlineData("We will “win”", false)]
    [InlineData("“We will win", false)]
    public void RecognisesFullyQuotedContent(string content, bool fullyQuoted)
    {
        Assert.Equal(fullyQuoted, AttributionScorer.IsFullyQuoted(content, [new TextSpan(0, content.Length)]));
    }

    [Fact]
    public void EmptyInputsScoreZeroWithoutDividingByZero()
    {
        var scores = AttributionScorer.Score(Letters, [], []);

        Assert.Equal(new AttributionScores(1, 0, 0, 0, 0, 0, 0, 0, 0), scores);
        Assert.Equal(0, scores.ContentF1);
        Assert.Equal(0, scores.SourceAccuracy);
        Assert.Equal(0, scores.DirectQuoteSourceAccuracy);
    }

    [Fact]
    public void SumsCountsMicroOverDocuments()
    {
        var first = AttributionScorer.Score(Letters, [Content(0, 4)], [Content(0, 4)]);
        var second = AttributionScorer.Score(Letters, [Content(0, 4), Content(5, 9)], [Content(8, 9)]);

        var total = AttributionScores.Sum([first, second]);

        Assert.Equal(2, total.Documents);
        Assert.Equal(3, total.Gold);
        Assert.Equal(2, total.Predicted);
        Assert.Equal(1, total.Matched);
        Assert.Equal(2.0 * 1 / 5, total.ContentF1, 10);
    }

    [Theory]
    [InlineData('"')]
    [InlineData('“')]
    [InlineData('”')]
    [InlineData('„')]
    [InlineData('‟')]
    [InlineData('«')]
    [InlineData('»')]
    [InlineData('‘')]
    [InlineData('’')]
    [InlineData('‚')]
    [InlineData('\'')]
    [InlineData('`')]
    public void IgnoresEveryQuotationMarkTheTokenizerKnows(char mark)
    {
        var text = $"{mark}ab{mark}";

        Assert.Equal([1, 2], AttributionScorer.ContentChars(text, [new TextSpan(0, text.Length)]));
    }

    [Fact]
    public void RecognisesAReversedHighOpeningMarkAsFullyQuoted() =>
        Assert.True(AttributionScorer.IsFullyQuoted("‟We will win.”", [new TextSpan(0, 14)]));

    [Fact]
    public void ContentCharsAreSortedAndDistinctOverUnsortedOverlappingAndOutOfRangeSpans()
    {
        TextSpan[] spans = [new(5, 8), new(0, 3), new(2, 6), new(6, 7), new(9, 20), new(-3, 1), new(4, 2)];

        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7, 9], AttributionScorer.ContentChars(Letters, spans));
    }

    [Fact]
    public void DiagnoseSortsEachMissIntoItsCategory()
    {
        const string text = "Ann said the vote was rigged. Bob claimed the count was slow. Cy warned of rain. Dee hopes for sun today.";
        TextSpan Span(string part) => Find(text, part);
        Attribution Of(string content, string cue, string source) => new([Span(content)], [Span(cue)], [Span(source)]);
        var gold = new[]
        {
            Of("the vote was rigged", "said", "Ann"), // matched, but the source is wrong
            Of("the count was slow", "claimed", "Bob"), // a prediction overlaps too little
            Of("of rain", "warned", "Cy"), // the cue was used for another content
            Of("for sun today", "hopes", "Dee"), // nothing found
        };
        var predicted = new[]
        {
            new Attribution([Span("the vote was rigged")], [Span("said")], [Span("Bob")]),
            new Attribution([Span("slow. Cy")], [Span("claimed")], [Span("Bob")]),
            new Attribution([Span("Cy warned")], [Span("warned")], [Span("Cy")]), // overlaps no gold content
        };

        var kinds = AttributionScorer.Diagnose(text, gold, predicted).Select(error => error.Kind).ToArray();

        Assert.Equal(
            [
                AttributionErrorKind.WrongSource, AttributionErrorKind.WrongBoundary, AttributionErrorKind.MissedContent,
                AttributionErrorKind.MissingCue, AttributionErrorKind.PartialPrediction, AttributionErrorKind.Spurious,
            ],
            kinds);
    }

    [Fact]
    public void DiagnoseCallsAPredictionTouchingNoGoldSpurious()
    {
        const string text = "Ann said the vote was rigged. Rain fell all day.";
        var gold = new Attribution([Find(text, "the vote was rigged")], [Find(text, "said")], [Find(text, "Ann")]);
        var spurious = new Attribution([Find(text, "Rain fell all day")], [], []);

        var errors = AttributionScorer.Diagnose(text, [gold], [gold, spurious]);

        var error = Assert.Single(errors);
        Assert.Equal(AttributionErrorKind.Spurious, error.Kind);
        Assert.Same(spurious, error.Predicted);
        Assert.Null(error.Gold);
    }

    [Fact]
    public void DiagnoseAgreesWithScoreOnWhatIsMissed()
    {
        const string text = "Ann said the vote was rigged. Bob claimed the count was slow.";
        var gold = new[]
        {
            new Attribution([Find(text, "the vote was rigged")], [Find(text, "said")], [Find(text, "Ann")]),
            new Attribution([Find(text, "the count was slow")], [Find(text, "claimed")], [Find(text, "Bob")]),
        };
        var predicted = new[] { new Attribution([Find(text, "vote was rigged")], [Find(text, "said")], [Find(text, "Ann")]) };

        var scores = AttributionScorer.Score(text, gold, predicted);
        var errors = AttributionScorer.Diagnose(text, gold, predicted);

        var unmatchedGold = errors.Count(error => error.Kind is AttributionErrorKind.MissingCue or AttributionErrorKind.MissedContent or AttributionErrorKind.WrongBoundary);
        Assert.Equal(scores.Gold - scores.Matched, unmatchedGold);
        Assert.Equal(scores.Matched - scores.SourceCorrect, errors.Count(error => error.Kind == AttributionErrorKind.WrongSource));
    }
}
