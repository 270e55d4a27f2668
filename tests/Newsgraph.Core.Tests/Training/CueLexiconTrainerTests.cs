using Newsgraph.Core.Evaluation;
using Newsgraph.Core.Training;

namespace Newsgraph.Core.Tests.Training;

public sealed class CueLexiconTrainerTests
{
    private static (string Text, IReadOnlyList<Attribution> Attributions) Article(string text, params string[] cues)
    {
        var attributions = new List<Attribution>();
        var from = 0;
        foreach (var cue in cues)
        {
            var start = text.IndexOf(cue, from, StringComparison.Ordinal);
            Assert.True(start >= 0, $"'{cue}' is not in the fixture");
            attributions.Add(new Attribution([new TextSpan(0, 1)], [new TextSpan(start, start + cue.Length)], []));
            from = start + cue.Length;
        }

        return (text, attributions);
    }

    private static readonly (string Text, IReadOnlyList<Attribution> Attributions)[] Corpus =
    [
        Article("Ann said rain. According to Bob, snow. Said is a verb.", "said", "According to"),
        Article("Cy said hail. Di said sun, according to Ed.", "said", "said", "according to"),
        Article("Fay warned of fog in a statement.", "warned of"),
    ];

    [Fact]
    public void CountsCueWordsAgainstAllTheirOccurrences()
    {
        var lexicon = CueLexiconTrainer.Train(Corpus);

        Assert.Equal(3, lexicon.Articles);
        Assert.Contains(new CueLexiconEntry(CueFormKind.Word, "said", 3, 4), lexicon.Entries);
        Assert.Contains(new CueLexiconEntry(CueFormKind.Word, "according", 2, 2), lexicon.Entries);
        Assert.Contains(new CueLexiconEntry(CueFormKind.Word, "to", 2, 2), lexicon.Entries);
        Assert.Contains(new CueLexiconEntry(CueFormKind.Phrase, "according to", 2, 2), lexicon.Entries);
        // Seen as a cue once: below the minimum.
        Assert.DoesNotContain(lexicon.Entries, entry => entry.Form is "warned" or "warned of" or "of");
    }

    [Fact]
    public void WritesADeterministicSortedTsv()
    {
        var tsv = CueLexiconTrainer.Train(Corpus).ToTsv();

        var lines = tsv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("# Newsgraph cue lexicon v1: 3 PolNeAR train articles (dev split of the last 84 by date excluded)", lines[0]);
        var rows = lines.SkipWhile(line => line.StartsWith('#')).ToArray();
        Assert.Equal(
            ["kind\tform\tas_cue\toccurrences", "word\tsaid\t3\t4", "word\taccording\t2\t2", "word\tto\t2\t2", "phrase\taccording to\t2\t2"],
            rows);
        Assert.Equal(tsv, CueLexiconTrainer.Train(Corpus).ToTsv());
    }

    [Fact]
    public void CountsEachTokenOnceAcrossNestedDuplicateAndUnsortedCues()
    {
        const string text = "Ann said that Bob told reporters on Monday that it rained.";
        TextSpan Find(string part) => new(text.IndexOf(part, StringComparison.Ordinal), text.IndexOf(part, StringComparison.Ordinal) + part.Length);
        Attribution Cue(TextSpan cue) => new([new TextSpan(0, 1)], [cue], []);
        IReadOnlyList<Attribution> attributions =
        [
            Cue(Find("told reporters on Monday that")), // five tokens: its words count, it is no phrase
            Cue(Find("told reporters")),
            Cue(Find("said")),
            Cue(Find("told reporters")),
            Cue(Find("reporters on")),
            Cue(Find("aid")), // part of a token: counts nothing
        ];

        var lexicon = CueLexiconTrainer.Train([(text, attributions), (text, attributions)]);

        Assert.Equal(
            [
                new CueLexiconEntry(CueFormKind.Word, "monday", 2, 2),
                new CueLexiconEntry(CueFormKind.Word, "on", 2, 2),
                new CueLexiconEntry(CueFormKind.Word, "reporters", 2, 2),
                new CueLexiconEntry(CueFormKind.Word, "said", 2, 2),
                new CueLexiconEntry(CueFormKind.Word, "that", 2, 4),
                new CueLexiconEntry(CueFormKind.Word, "told", 2, 2),
                new CueLexiconEntry(CueFormKind.Phrase, "told reporters", 4, 2),
                new CueLexiconEntry(CueFormKind.Phrase, "reporters on", 2, 2),
            ],
            lexicon.Entries);
    }

    [Fact]
    public void AllocatesLittlePerToken()
    {
        // Per token, the first version made two strings, a closure and three joined windows.
        var article = string.Concat(Enumerable.Repeat("Ann said that Bob told reporters on Monday that it rained. ", 100));
        var corpus = Enumerable.Range(0, 50).Select(_ => Article(article, "said", "told reporters")).ToArray();
        var tokens = 50 * 100 * 12;
        CueLexiconTrainer.Train(corpus);

        var before = GC.GetAllocatedBytesForCurrentThread();
        CueLexiconTrainer.Train(corpus);
        var bytesPerToken = (GC.GetAllocatedBytesForCurrentThread() - before) / tokens;

        Assert.True(bytesPerToken < 100, $"{bytesPerToken} bytes per token");
    }
}

