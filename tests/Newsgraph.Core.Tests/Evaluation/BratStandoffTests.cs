using Newsgraph.Core.Evaluation;
using Newsgraph.Core.Quotes;

namespace Newsgraph.Core.Tests.Evaluation;

public sealed class BratStandoffTests
{
    [Fact]
    public void Parse_JoinsRolesOfAnEventLine()
    {
        const string ann = "T1\tSource 0 3\tAnn\nT2\tCue 4 8\tsaid\nT3\tContent 9 20\tit will rain\nT4\tAttribution 4 8\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";

        var attribution = Assert.Single(BratStandoff.Parse(ann));

        Assert.Equal([new TextSpan(9, 20)], attribution.Content);
        Assert.Equal([new TextSpan(4, 8)], attribution.Cue);
        Assert.Equal([new TextSpan(0, 3)], attribution.Source);
    }

    [Fact]
    public void Parse_ReadsDiscontinuousSpansAndRepeatedRolesInOrder()
    {
        const string ann = "T1\tContent 30 40;10 20\tx\nT2\tCue 5 8\tsaid\nT3\tCue 22 25\tadded\nT4\tContent 50 55\ty\nE1\tAttribution:T9 Cue:T3 Cue:T2 Content:T1 Content2:T4\n";

        var attribution = Assert.Single(BratStandoff.Parse(ann));

        Assert.Equal([new TextSpan(10, 20), new TextSpan(30, 40), new TextSpan(50, 55)], attribution.Content);
        Assert.Equal([new TextSpan(5, 8), new TextSpan(22, 25)], attribution.Cue);
        Assert.Empty(attribution.Source);
    }

    [Fact]
    public void Parse_SkipsContinuationLinesNotesAndMalformedLines()
    {
        const string ann =
            "T1\tContent 0 12\tfirst line\nsecond line of the text field\n" +
            "#1\tAnnotatorNotes T1\tcheck this\n" +
            "T2\tCue 15 notanumber\tbad\n" +
            "T3\tCue 20 10\treversed\n" +
            "T4\tCue 13 14\tok\n" +
            "garbage without tabs\n\n" +
            "E1\tAttribution-no-source:T5 Content:T1 Cue:T4 Cue:T2 Source:T77\n" +
            "E2\tAttribution:T6 Cue:T4\n" +
            "E3\t\n";

        var attributions = BratStandoff.Parse(ann);

        // E2 has no content and E3 nothing at all; E1 keeps the arguments that resolve.
        var withCue = Assert.Single(attributions);
        Assert.Equal([new TextSpan(0, 12)], withCue.Content);
        Assert.Equal([new TextSpan(13, 14)], withCue.Cue);
        Assert.Empty(withCue.Source);
    }

    [Fact]
    public void Parse_ToleratesCarriageReturnsAndEmptyInput()
    {
        Assert.Empty(BratStandoff.Parse(""));
        var attribution = Assert.Single(BratStandoff.Parse("T1\tContent 1 4\tabc\r\nE1\tContent:T1\r\n"));
        Assert.Equal([new TextSpan(1, 4)], attribution.Content);
    }

    [Fact]
    public void FromQuotes_MapsAbsentCueAndSourceToEmptyLists()
    {
        Quote[] quotes =
        [
            new(QuoteKind.Direct, new TextSpan(10, 20), new TextSpan(5, 9), new TextSpan(0, 4), 0, AttributionRule.AdjacentCue),
            new(QuoteKind.Indirect, new TextSpan(30, 40), null, null, -1, AttributionRule.None),
        ];

        var attributions = BratStandoff.FromQuotes(quotes);

        Assert.Equal([new TextSpan(10, 20)], attributions[0].Content);
        Assert.Equal([new TextSpan(5, 9)], attributions[0].Cue);
        Assert.Equal([new TextSpan(0, 4)], attributions[0].Source);
        Assert.Equal([new TextSpan(30, 40)], attributions[1].Content);
        Assert.Empty(attributions[1].Cue);
        Assert.Empty(attributions[1].Source);
    }
}
