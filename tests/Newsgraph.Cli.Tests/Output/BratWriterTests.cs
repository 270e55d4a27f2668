using Newsgraph.Cli.Output;
using Newsgraph.Core;
using Newsgraph.Core.Quotes;

namespace Newsgraph.Cli.Tests.Output;

public sealed class BratWriterTests
{
    [Fact]
    public void WritesPolNearAttributionsWithAbsentArgumentsLeftOut()
    {
        var ann = BratWriter.ToAnn(SampleDocument.Create());

        var expected = string.Join('\n',
            "T1\tSource 17 27\tAna Torres",
            "T2\tCue 28 32\tsaid",
            "T3\tContent 35 58\tWe won’t leave Velmora.",
            "T4\tAttribution 28 32\tsaid",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            "T5\tCue 115 119\tsaid",
            "T6\tContent 83 100\tTalks would go on",
            "T7\tAttribution 115 119\tsaid",
            "E2\tAttribution:T7 Content:T6 Cue:T5",
            "T8\tContent 102 114\tthe ministry",
            "T9\tAttribution 102 114\tthe ministry",
            "E3\tAttribution:T9 Content:T8",
            "");
        Assert.Equal(expected, ann);
    }

    [Fact]
    public void ReplacesLineBreaksInCoveredTextWithSpaces()
    {
        var document = new Document("“One.\nTwo,” he said.");
        document.SetQuotes([new Quote(QuoteKind.Direct, new TextSpan(1, 10), null, null, -1, AttributionRule.None)]);
        Assert.StartsWith("T1\tContent 1 10\tOne. Two,\n", BratWriter.ToAnn(document), StringComparison.Ordinal);
    }
}
