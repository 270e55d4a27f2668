using Newsgraph.Core.Evaluation;
using Newsgraph.Core.Mentions;
using Newsgraph.Core.Tagging;
using Newsgraph.Core.Training;

namespace Newsgraph.Core.Tests.Evaluation;

public sealed class TaggingEvaluationTests
{
    private static readonly string[] Words = ["On", "Monday", ",", "Ivo", "Brandt", "reached", "Port", "Halden", "."];

    /// <summary>A gold sentence that agrees with the taggers, except for the tags and names <paramref name="spoil"/> changes.</summary>
    private static TreebankSentence Gold(Func<int, string, string> spoil, Func<NamedSpan[], NamedSpan[]> spoilNames)
    {
        var tags = SentenceTagging.TagWords(Models.PartOfSpeech, Words);
        var names = SentenceTagging.FindNames(Models.Entities, Words, tags).Select(n => new NamedSpan(n.First, n.End, n.Type)).ToArray();
        var words = Words.Select((w, i) => new TreebankWord(w, PennTags.ToUniversal(tags[i], w).ToString().ToUpperInvariant(), spoil(i, PennTags.Name(tags[i])), 0, "", "_")).ToArray();
        return new TreebankSentence(words, spoilNames(names));
    }

    [Fact]
    public void AgreementScoresOne()
    {
        var scores = TaggingEvaluation.Score([Gold((_, tag) => tag, n => n)], Models.PartOfSpeech, Models.Entities);
        Assert.Equal(Words.Length, scores.Tokens);
        Assert.Equal(1, scores.PosAccuracy);
        Assert.Equal(1, scores.UniversalAccuracy);
        Assert.Equal(scores.AllNames.Gold, scores.AllNames.Correct);
    }

    [Fact]
    public void OneWrongTagAndOneMissedNameCount()
    {
        var gold = Gold((i, tag) => i == 5 ? "XX" : tag, n => [.. n, new NamedSpan(0, 1, EntityType.Organization)]);
        var scores = TaggingEvaluation.Score([gold], Models.PartOfSpeech, Models.Entities);
        Assert.Equal(Words.Length - 1, scores.PosCorrect);
        var org = scores.Names[EntityType.Organization];
        Assert.Equal(org.Gold - 1, org.Correct);
        Assert.True(scores.AllNames.Recall < 1);
    }

    [Fact]
    public void F1IsTheHarmonicMeanAndZeroWithoutMatches()
    {
        var counts = new NameCounts(Gold: 10, Predicted: 5, Correct: 4);
        Assert.Equal(0.8, counts.Precision, 6);
        Assert.Equal(0.4, counts.Recall, 6);
        Assert.Equal(2 * 0.8 * 0.4 / 1.2, counts.F1, 6);
        Assert.Equal(0, new NameCounts(3, 0, 0).F1);
    }
}
