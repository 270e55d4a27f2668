using Newsgraph.Core.Text;

namespace Newsgraph.Core.Evaluation;

/// <summary>
/// Scores predicted attributions against gold ones. A prediction matches a gold attribution when their content
/// characters, ignoring whitespace, quotation marks and . , ; :, overlap by at least half of their union; pairs are
/// made one-to-one, best overlap first. Sources (and cues) of a matched pair are right when their spans overlap or
/// both are absent.
/// </summary>
public static class AttributionScorer
{
    private readonly record struct Candidate(int GoldIndex, int PredictedIndex, int Shared, int Union);

    public static AttributionScores Score(string text, IReadOnlyList<Attribution> gold, IReadOnlyList<Attribution> predicted)
    {
        int matched = 0, exact = 0, sourceCorrect = 0, cueCorrect = 0, directQuotes = 0, directQuoteSourceCorrect = 0;
        foreach (var pair in Match(text, gold, predicted).Pairs)
        {
            var goldAttribution = gold[pair.GoldIndex];
            var predictedAttribution = predicted[pair.PredictedIndex];
            var sourceRight = Agree(goldAttribution.Source, predictedAttribution.Source);
            matched++;
            if (pair.Exact) exact++;
            if (sourceRight) sourceCorrect++;
            if (Agree(goldAttribution.Cue, predictedAttribution.Cue)) cueCorrect++;
            if (IsFullyQuoted(text, goldAttribution.Content))
            {
                directQuotes++;
                if (sourceRight) directQuoteSourceCorrect++;
            }
        }

        return new AttributionScores(1, gold.Count, predicted.Count, matched, exact, sourceCorrect, cueCorrect, directQuotes, directQuoteSourceCorrect);
    }

    /// <summary>
    /// Every miss of one document, by category, in gold order then prediction order: the gold attributions left
    /// unmatched (a prediction overlapped the content too little, the cue was found for another content, or no cue
    /// was found), the matched pairs with the wrong source or cue, and the predictions left unmatched.
    /// </summary>
    public static IReadOnlyList<AttributionError> Diagnose(string text, IReadOnlyList<Attribution> gold, IReadOnlyList<Attribution> predicted)
    {
        var matching = Match(text, gold, predicted);
        var errors = new List<AttributionError>();
        var pairOfGold = matching.Pairs.ToDictionary(pair => pair.GoldIndex, pair => pair.PredictedIndex);
        for (var g = 0; g < gold.Count; g++)
        {
            if (pairOfGold.TryGetValue(g, out var p))
            {
                if (!Agree(gold[g].Source, predicted[p].Source)) errors.Add(new AttributionError(AttributionErrorKind.WrongSource, gold[g], predicted[p]));
                if (!Agree(gold[g].Cue, predicted[p].Cue)) errors.Add(new AttributionError(AttributionErrorKind.WrongCue, gold[g], predicted[p]));
                continue;
            }

            var overlapping = Enumerable.Range(0, predicted.Count).FirstOrDefault(i => CountShared(matching.GoldChars[g], matching.PredictedChars[i]) > 0, -1);
            if (overlapping >= 0) errors.Add(new AttributionError(AttributionErrorKind.WrongBoundary, gold[g], predicted[overlapping]));
            else if (gold[g].Cue.Count > 0 && predicted.FirstOrDefault(candidate => Agree(gold[g].Cue, candidate.Cue)) is { } sameCue)
                errors.Add(new AttributionError(AttributionErrorKind.MissedContent, gold[g], sameCue));
            else errors.Add(new AttributionError(AttributionErrorKind.MissingCue, gold[g], null));
        }

        var predictedTaken = matching.Pairs.Select(pair => pair.PredictedIndex).ToHashSet();
        for (var p = 0; p < predicted.Count; p++)
        {
            if (predictedTaken.Contains(p)) continue;
            var touchesGold = matching.GoldChars.Any(chars => CountShared(chars, matching.PredictedChars[p]) > 0);
            errors.Add(new AttributionError(touchesGold ? AttributionErrorKind.PartialPrediction : AttributionErrorKind.Spurious, null, predicted[p]));
        }

        return errors;
    }

    private readonly record struct Pair(int GoldIndex, int PredictedIndex, bool Exact);

    private sealed record Matching(int[][] GoldChars, int[][] PredictedChars, IReadOnlyList<Pair> Pairs);

    /// <summary>The one-to-one pairs whose contents overlap by at least half their union, best overlap first.</summary>
    private static Matching Match(string text, IReadOnlyList<Attribution> gold, IReadOnlyList<Attribution> predicted)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldChars = gold.Select(attribution => ContentChars(text, attribution.Content)).ToArray();
        var predictedChars = predicted.Select(attribution => ContentChars(text, attribution.Content)).ToArray();

        var candidates = new List<Candidate>();
        for (var g = 0; g < goldChars.Length; g++)
        {
            for (var p = 0; p < predictedChars.Length; p++)
            {
                var shared = CountShared(goldChars[g], predictedChars[p]);
                var union = goldChars[g].Length + predictedChars[p].Length - shared;
                // Integer form of shared / union >= 0.5, exact at the boundary; an empty union never matches.
                if (union > 0 && 2 * shared >= union) candidates.Add(new Candidate(g, p, shared, union));
            }
        }

        candidates.Sort(CompareBestFirst);
        var goldTaken = new bool[goldChars.Length];
        var predictedTaken = new bool[predictedChars.Length];
        var pairs = new List<Pair>();
        foreach (var candidate in candidates)
        {
            if (goldTaken[candidate.GoldIndex] || predictedTaken[candidate.PredictedIndex]) continue;
            goldTaken[candidate.GoldIndex] = true;
            predictedTaken[candidate.PredictedIndex] = true;
            pairs.Add(new Pair(candidate.GoldIndex, candidate.PredictedIndex, candidate.Shared == candidate.Union));
        }

        return new Matching(goldChars, predictedChars, pairs);
    }

    /// <summary>
    /// Whether the content, trimmed of whitespace and . , ; :, opens and closes with double quotation marks and has no
    /// other double quotation mark inside. Discontinuous content is read from its first to its last character.
    /// </summary>
    public static bool IsFullyQuoted(string text, IReadOnlyList<TextSpan> content)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(content);
        if (content.Count == 0) return false;
        var start = Math.Clamp(content.Min(span => span.Start), 0, text.Length);
        var end = Math.Clamp(content.Max(span => span.End), start, text.Length);
        var chars = text.AsSpan(start, end - start).Trim(" \t\r\n\u00A0.,;:");
        if (chars.Length < 2 || !IsOpeningDoubleQuote(chars[0]) || !IsClosingDoubleQuote(chars[^1])) return false;
        foreach (var c in chars[1..^1])
        {
            if (Chars.IsDoubleQuote(c)) return false;
        }

        return true;
    }

    /// <summary>The sorted, distinct offsets the spans cover, less those whose character the metric ignores.</summary>
    internal static int[] ContentChars(string text, IReadOnlyList<TextSpan> spans)
    {
        // Spans clipped to the text and sorted by start: each is walked only past the furthest end seen so far, so
        // offsets come out ascending and distinct without a set.
        var clipped = new TextSpan[spans.Count];
        for (var s = 0; s < clipped.Length; s++)
        {
            clipped[s] = new TextSpan(Math.Max(spans[s].Start, 0), Math.Min(spans[s].End, text.Length));
        }

        Array.Sort(clipped);
        var offsets = new List<int>();
        var walkedTo = 0;
        foreach (var span in clipped)
        {
            for (var i = Math.Max(span.Start, walkedTo); i < span.End; i++)
            {
                if (!IsIgnored(text[i])) offsets.Add(i);
            }

            walkedTo = Math.Max(walkedTo, span.End);
        }

        return [.. offsets];
    }

    /// <summary>Whitespace, every quotation mark the text stages know (double and single), and . , ; :.</summary>
    private static bool IsIgnored(char c) => char.IsWhiteSpace(c) || Chars.IsQuoteMark(c) || c is '.' or ',' or ';' or ':';

    private static bool IsOpeningDoubleQuote(char c) => c == '"' || Chars.IsDoubleQuote(c) && Chars.IsOpeningQuote(c);

    private static bool IsClosingDoubleQuote(char c) => c == '"' || Chars.IsDoubleQuote(c) && Chars.IsClosingQuote(c);

    private static int CountShared(int[] left, int[] right)
    {
        int i = 0, j = 0, shared = 0;
        while (i < left.Length && j < right.Length)
        {
            if (left[i] == right[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (left[i] < right[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    /// <summary>Higher overlap ratio first (compared exactly by cross-multiplying), then gold index, then prediction index.</summary>
    private static int CompareBestFirst(Candidate x, Candidate y)
    {
        var byRatio = ((long)y.Shared * x.Union).CompareTo((long)x.Shared * y.Union);
        if (byRatio != 0) return byRatio;
        var byGold = x.GoldIndex.CompareTo(y.GoldIndex);
        return byGold != 0 ? byGold : x.PredictedIndex.CompareTo(y.PredictedIndex);
    }

    private static bool Agree(IReadOnlyList<TextSpan> gold, IReadOnlyList<TextSpan> predicted)
    {
        if (gold.Count == 0 || predicted.Count == 0) return gold.Count == 0 && predicted.Count == 0;
        return gold.Any(g => predicted.Any(p => g.Overlaps(p)));
    }
}
