using System.Globalization;
using System.Text;
using Newsgraph.Core.Evaluation;
using Newsgraph.Core.Text;

namespace Newsgraph.Core.Training;

/// <summary>Whether a lexicon row counts one token form or a whole multi-token cue.</summary>
public enum CueFormKind : byte
{
    Word,
    Phrase,
}

/// <summary>
/// One lexicon row: how often <see cref="Form"/> is (part of) a gold cue, and how often it occurs at all, so a
/// consumer can estimate how reliably the form signals an attribution.
/// </summary>
public sealed record CueLexiconEntry(CueFormKind Kind, string Form, int AsCue, int Occurrences);

/// <summary>The counts a cue lexicon is made of, and the number of articles they were taken over; parsed back at run time by <see cref="Quotes.CueLexicon"/>.</summary>
public sealed record CueLexiconCounts(int Articles, IReadOnlyList<CueLexiconEntry> Entries)
{
    public int WordCount => Entries.Count(entry => entry.Kind == CueFormKind.Word);

    public int PhraseCount => Entries.Count(entry => entry.Kind == CueFormKind.Phrase);

    /// <summary>The lexicon as TSV: '#' comment lines, a header, then one row per entry in the entries' order.</summary>
    public string ToTsv()
    {
        var tsv = new StringBuilder();
        tsv.Append(CultureInfo.InvariantCulture, $"# Newsgraph cue lexicon v1: {Articles} PolNeAR train articles (dev split of the last {PolnearSplit.DevArticleCount} by date excluded)\n");
        tsv.Append("# word: a lowercased token; phrase: a whole cue span of 2-4 tokens. as_cue: times inside (word) or equal to (phrase) a gold cue span; occurrences: times in the text.\n");
        tsv.Append(CultureInfo.InvariantCulture, $"# Rows with as_cue >= {CueLexiconTrainer.MinimumAsCue}.\n");
        tsv.Append("kind\tform\tas_cue\toccurrences\n");
        foreach (var entry in Entries)
        {
            var kind = entry.Kind == CueFormKind.Word ? "word" : "phrase";
            tsv.Append(CultureInfo.InvariantCulture, $"{kind}\t{entry.Form}\t{entry.AsCue}\t{entry.Occurrences}\n");
        }

        return tsv.ToString();
    }
}

/// <summary>
/// Counts, over gold-annotated articles, which token forms and which whole cue phrases ("according to",
/// "said in a statement") report attributions, and how often each occurs in running text.
/// </summary>
public static class CueLexiconTrainer
{
    /// <summary>Forms seen as a cue once are mostly annotation noise and would bloat the lexicon.</summary>
    public const int MinimumAsCue = 2;

    private const int ShortestPhrase = 2;
    private const int LongestPhrase = 4;

    public static CueLexiconCounts Train(IEnumerable<(string Text, IReadOnlyList<Attribution> Attributions)> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var forms = new FormTable();
        var phraseAsCue = new Dictionary<PhraseKey, int>();
        var articleFormIds = new List<int[]>();

        foreach (var (text, attributions) in articles)
        {
            var tokens = Tokenizer.Tokenize(text);
            var formIds = new int[tokens.Length];
            for (var i = 0; i < tokens.Length; i++)
            {
                formIds[i] = forms.Intern(text.AsSpan(tokens[i].Start, tokens[i].Length));
                forms.Occurrences[formIds[i]]++;
            }

            articleFormIds.Add(formIds);
            var cueSpans = attributions.SelectMany(attribution => attribution.Cue).ToArray();
            Array.Sort(cueSpans);
            CountCueWords(tokens, formIds, cueSpans, forms.AsCue);
            CountCuePhrases(tokens, formIds, cueSpans, phraseAsCue);
        }

        var phraseOccurrences = CountPhraseOccurrences(articleFormIds, phraseAsCue);
        var wordEntries = Enumerable.Range(0, forms.Count)
            .Where(id => forms.AsCue[id] >= MinimumAsCue)
            .Select(id => new CueLexiconEntry(CueFormKind.Word, forms.Text[id], forms.AsCue[id], forms.Occurrences[id]));
        var phraseEntries = phraseAsCue
            .Where(entry => entry.Value >= MinimumAsCue)
            .Select(entry => new CueLexiconEntry(CueFormKind.Phrase, entry.Key.ToText(forms), entry.Value, phraseOccurrences.GetValueOrDefault(entry.Key)));
        var entries = wordEntries
            .Concat(phraseEntries)
            .OrderBy(entry => entry.Kind)
            .ThenByDescending(entry => entry.AsCue)
            .ThenBy(entry => entry.Form, StringComparer.Ordinal)
            .ToArray();
        return new CueLexiconCounts(articleFormIds.Count, entries);
    }

    /// <summary>
    /// Counts each token inside some cue span. Tokens and cues are both swept by start: a token is inside a cue exactly
    /// when the furthest end among the cues starting at or before it reaches the token's end.
    /// </summary>
    private static void CountCueWords(Token[] tokens, int[] formIds, TextSpan[] sortedCues, List<int> asCue)
    {
        var cue = 0;
        var furthestCueEnd = int.MinValue;
        for (var i = 0; i < tokens.Length; i++)
        {
            for (; cue < sortedCues.Length && sortedCues[cue].Start <= tokens[i].Start; cue++)
            {
                furthestCueEnd = Math.Max(furthestCueEnd, sortedCues[cue].End);
            }

            if (furthestCueEnd >= tokens[i].End) asCue[formIds[i]]++;
        }
    }

    /// <summary>
    /// Counts each cue span covering 2-4 whole tokens as a phrase. Tokens are ordered and disjoint, so those inside a
    /// cue are a run starting at its first token that starts within it; that token only moves forward as cues do.
    /// </summary>
    private static void CountCuePhrases(Token[] tokens, int[] formIds, TextSpan[] sortedCues, Dictionary<PhraseKey, int> phraseAsCue)
    {
        var first = 0;
        foreach (var cue in sortedCues)
        {
            while (first < tokens.Length && tokens[first].Start < cue.Start) first++;
            var inside = 0;
            while (inside <= LongestPhrase && first + inside < tokens.Length && tokens[first + inside].End <= cue.End) inside++;
            if (inside is >= ShortestPhrase and <= LongestPhrase) Increment(phraseAsCue, PhraseKey.Of(formIds.AsSpan(first, inside)));
        }
    }

    /// <summary>Counts the 2-4 token windows of running text, only for the phrases that were seen as cues.</summary>
    private static Dictionary<PhraseKey, int> CountPhraseOccurrences(List<int[]> articleFormIds, Dictionary<PhraseKey, int> phrases)
    {
        var occurrences = new Dictionary<PhraseKey, int>();
        foreach (var formIds in articleFormIds)
        {
            for (var start = 0; start < formIds.Length; start++)
            {
                for (var length = ShortestPhrase; length <= LongestPhrase && start + length <= formIds.Length; length++)
                {
                    var window = PhraseKey.Of(formIds.AsSpan(start, length));
                    if (phrases.ContainsKey(window)) Increment(occurrences, window);
                }
            }
        }

        return occurrences;
    }

    private static void Increment(Dictionary<PhraseKey, int> counts, PhraseKey key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    /// <summary>
    /// Lowercased token forms, each stored once and numbered in first-seen order, with their counts; tokens are
    /// lowercased into a reused buffer and looked up as spans, so only a new form allocates a string.
    /// </summary>
    private sealed class FormTable
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private char[] _lowered = new char[64];

        public List<string> Text { get; } = [];

        public List<int> Occurrences { get; } = [];

        public List<int> AsCue { get; } = [];

        public int Count => Text.Count;

        public int Intern(ReadOnlySpan<char> token)
        {
            if (_lowered.Length < token.Length) _lowered = new char[Math.Max(token.Length, 2 * _lowered.Length)];
            var lowered = _lowered.AsSpan(0, token.ToLowerInvariant(_lowered));
            var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(lowered, out var id)) return id;
            id = Text.Count;
            var form = lowered.ToString();
            _ids.Add(form, id);
            Text.Add(form);
            Occurrences.Add(0);
            AsCue.Add(0);
            return id;
        }
    }

    /// <summary>A phrase as the ids of its 2-4 forms, unused slots -1, so a window is looked up without building its text.</summary>
    private readonly record struct PhraseKey(int First, int Second, int Third, int Fourth)
    {
        public static PhraseKey Of(ReadOnlySpan<int> formIds) =>
            new(formIds[0], formIds[1], formIds.Length > 2 ? formIds[2] : -1, formIds.Length > 3 ? formIds[3] : -1);

        /// <summary>The forms joined by single spaces, as the lexicon writes a phrase.</summary>
        public string ToText(FormTable forms)
        {
            ReadOnlySpan<int> ids = [First, Second, Third, Fourth];
            var text = new StringBuilder(forms.Text[First]);
            foreach (var id in ids[1..])
            {
                if (id >= 0) text.Append(' ').Append(forms.Text[id]);
            }

            return text.ToString();
        }
    }
}
