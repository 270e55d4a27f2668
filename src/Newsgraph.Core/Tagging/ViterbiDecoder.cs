using System.Runtime.CompilerServices;

namespace Newsgraph.Core.Tagging;

/// <summary>The best label sequence of a first-order model: per-token scores plus a weight for each pair of labels.</summary>
internal static class ViterbiDecoder
{
    /// <param name="emissions">Token i's score for class c at [i * stride + c], for <paramref name="n"/> tokens.</param>
    /// <param name="transitions">Weight of class c after class p at [p * stride + c]; p = classes stands for "before the sentence".</param>
    /// <param name="allowed">[p * classes + c]: whether c may follow p (as <see cref="PerceptronTagger.AllowedTransitions"/> gives).</param>
    /// <param name="scratch">At least 2 * classes floats.</param>
    /// <param name="back">At least n * classes bytes: the best previous class of each class at each token.</param>
    /// <param name="labels">Receives the n class indices.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Decode(ReadOnlySpan<float> emissions, int n, int stride, int classes, ReadOnlySpan<float> transitions, ReadOnlySpan<bool> allowed, Span<float> scratch, Span<byte> back, Span<byte> labels)
    {
        if (n == 0) return;
        var current = scratch[..classes];
        var next = scratch.Slice(classes, classes);
        var start = transitions.Slice(classes * stride, classes);
        var allowedAtStart = allowed.Slice(classes * classes, classes);
        for (var c = 0; c < classes; c++) current[c] = allowedAtStart[c] ? emissions[c] + start[c] : float.NegativeInfinity;

        for (var i = 1; i < n; i++)
        {
            var emission = emissions.Slice(i * stride, classes);
            var backRow = back.Slice(i * classes, classes);
            for (var c = 0; c < classes; c++)
            {
                var best = -1;
                var bestScore = float.NegativeInfinity;
                for (var p = 0; p < classes; p++)
                {
                    if (!allowed[p * classes + c] || float.IsNegativeInfinity(current[p])) continue;
                    var score = current[p] + transitions[p * stride + c];
                    if (best < 0 || score > bestScore)
                    {
                        best = p;
                        bestScore = score;
                    }
                }

                backRow[c] = (byte)Math.Max(best, 0);
                next[c] = best < 0 ? float.NegativeInfinity : bestScore + emission[c];
            }

            var swap = current;
            current = next;
            next = swap;
        }

        var last = 0;
        for (var c = 1; c < classes; c++)
        {
            if (current[c] > current[last]) last = c;
        }

        labels[n - 1] = (byte)last;
        for (var i = n - 1; i > 0; i--) labels[i - 1] = back[i * classes + labels[i]];
    }
}
