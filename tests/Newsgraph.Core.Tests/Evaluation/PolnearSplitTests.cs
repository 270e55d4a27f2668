using System.Globalization;
using System.Text;
using Newsgraph.Core.Evaluation;

namespace Newsgraph.Core.Tests.Evaluation;

public sealed class PolnearSplitTests
{
    private const string Header = "compartment\tfilename\tlevel\tpublication_date\ttitle";

    /// <summary>Metadata of <paramref name="count"/> made-up train articles, one a day from 2016-01-01, listed newest first.</summary>
    private static string Metadata(int count)
    {
        var tsv = new StringBuilder(Header).Append('\n');
        for (var i = count - 1; i >= 0; i--)
        {
            var date = new DateOnly(2016, 1, 1).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            tsv.Append(CultureInfo.InvariantCulture, $"train\tpaper_{date}_story-{i}\t3\t{date}\tA title\n");
        }

        return tsv.ToString();
    }

    [Fact]
    public void TheLatestEightyFourArticlesAreTheDevSplit()
    {
        var split = PolnearSplit.FromMetadata(Metadata(100));

        Assert.Equal(84, split.Dev.Count);
        Assert.Equal(16, split.Train.Count);
        Assert.Contains("paper_2016-01-01_story-0", split.Train);
        Assert.Contains("paper_2016-01-16_story-15", split.Train);
        Assert.Contains("paper_2016-01-17_story-16", split.Dev);
        Assert.True(split.Includes(PolnearSplitPart.Dev, "paper_2016-01-17_story-16"));
        Assert.False(split.Includes(PolnearSplitPart.Train, "paper_2016-01-17_story-16"));
        Assert.True(split.Includes(PolnearSplitPart.All, "anything"));
        Assert.Equal(new DateOnly(2016, 1, 17), split.Published["paper_2016-01-17_story-16"]);
    }

    [Fact]
    public void BreaksDateTiesByFileNameAndIgnoresOtherCompartments()
    {
        var tsv = new StringBuilder(Metadata(84));
        tsv.Append("train\tb-same-day\t1\t2015-12-01\tx\r\n");
        tsv.Append("train\ta-same-day\t1\t2015-12-01\tx\n");
        tsv.Append("dev\tz-held-out\t1\t2017-01-01\tx\n");
        tsv.Append("train\ttoo-short\n");

        var split = PolnearSplit.FromMetadata(tsv.ToString());

        Assert.Equal(["a-same-day", "b-same-day"], split.Train.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("z-held-out", split.Dev);
        Assert.Equal(84, split.Dev.Count);
    }

    [Fact]
    public void FewerThanEightyFourArticlesAreAllDev()
    {
        var split = PolnearSplit.FromMetadata(Metadata(3));

        Assert.Equal(3, split.Dev.Count);
        Assert.Empty(split.Train);
    }

    [Fact]
    public void AHeaderWithoutADateColumnIsAFormatError()
    {
        Assert.Throws<FormatException>(() => PolnearSplit.FromMetadata("compartment\tfilename\ntrain\tx\n"));
        Assert.Throws<FormatException>(() => PolnearSplit.FromMetadata(""));
    }

    [Fact]
    public void PicksTheAlphabeticallyFirstAnnotatorPerArticle()
    {
        var chosen = PolnearSplit.FirstAnnotatorFiles(
            ["paper_2016_b-story_ef2d.ann", "paper_2016_a-story_d473.ann", "paper_2016_a-story_4e07.ann", "notes.txt", "noannotator.ann"]);

        Assert.Equal(["paper_2016_a-story", "paper_2016_b-story"], chosen.Keys);
        Assert.Equal("paper_2016_a-story_4e07.ann", chosen["paper_2016_a-story"]);
        Assert.Equal("paper_2016_b-story_ef2d.ann", chosen["paper_2016_b-story"]);
    }
}
