using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Newsgraph.Core.Tagging;

namespace Newsgraph.Core.Tests.Tagging;

/// <summary>The Viterbi search finds the best-scoring label sequence among the valid BIO sequences, checked against all of them.</summary>
public sealed class ViterbiDecoderTests
{
    private static readonly string[] Classes = ["O", "B-PERSON", "I-PERSON", "B-ORG", "I-ORG"];

    private static readonly bool[] Allowed = PerceptronTagger.AllowedTransitions(Classes);

    private static readonly int Count = Classes.Length;

    /// <summary>Random scores: n tokens' emissions, then the transition rows (one per previous class and one for the start).</summary>
    private static Arbitrary<(int N, float[] Emissions, float[] Transitions)> Scores() =>
        (from n in Gen.Choose(1, 5)
         from emissions in Gen.Choose(-40, 40).ArrayOf(n * Count)
         from transitions in Gen.Choose(-40, 40).ArrayOf((Count + 1) * Count)
         select (n, emissions.Select(v => v / 8f).ToArray(), transitions.Select(v => v / 8f).ToArray())).ToArbitrary();

    private static byte[] Decode(int n, float[] emissions, float[] transitions)
    {
        var labels = new byte[n];
        ViterbiDecoder.Decode(emissions, n, Count, Count, transitions, Allowed, new float[2 * Count], new byte[n * Count], labels);
        return labels;
    }

    private static bool IsValid(IReadOnlyList<byte> labels) =>
        labels.Select((c, i) => Allowed[(i == 0 ? Count : labels[i - 1]) * Count + c]).All(ok => ok);

    private static float Score(IReadOnlyList<byte> labels, float[] emissions, float[] transitions) =>
        labels.Select((c, i) => emissions[i * Count + c] + transitions[(i == 0 ? Count : labels[i - 1]) * Count + c]).Sum();

    private static IEnumerable<byte[]> AllSequences(int n) => n == 0
        ? [[]]
        : AllSequences(n - 1).SelectMany(prefix => Enumerable.Range(0, Count).Select(c => (byte[])[.. prefix, (byte)c]));

    [Property(MaxTest = 300)]
    public Property NeverEmitsAnInsideLabelWithoutItsBeginning() => Prop.ForAll(Scores(), s => IsValid(Decode(s.N, s.Emissions, s.Transitions)));

    [Property(MaxTest = 300)]
    public Property FindsTheBestValidSequence() => Prop.ForAll(Scores(), s =>
    {
        var best = AllSequences(s.N).Where(IsValid).Max(labels => Score(labels, s.Emissions, s.Transitions));
        return Math.Abs(Score(Decode(s.N, s.Emissions, s.Transitions), s.Emissions, s.Transitions) - best) < 1e-3f;
    });

    [Fact]
    public void AStrongInsideScoreAfterOutsideStillGivesAValidName()
    {
        // Token 0 alone prefers O and token 1 I-PERSON by far; I-PERSON cannot follow O, so the name opens at token 0.
        float[] emissions = [5, 1, 0, 0, 0, 0, 0, 9, 0, 0];
        var labels = Decode(2, emissions, new float[(Count + 1) * Count]);
        Assert.Equal([1, 2], labels);
    }
}
