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
        var wordAsCue = new Dictionary<string, int>(StringComparer.Ordinal);
        var wordOccurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var phraseAsCue = new Dictionary<string, int>(StringComparer.Ordinal);
        var articleForms = new List<string[]>();

        foreach (var (text, attributions) in articles)
        {
            var tokens = Tokenizer.Tokenize(text);
            var forms = tokens.Select(token => text[token.Start..token.End].ToLowerInvariant()).ToArray();
            articleForms.Add(forms);
            var cueSpans = attributions.SelectMany(attribution => attribution.Cue).ToArray();
            for (var i = 0; i < tokens.Length; i++)
            {
                Increment(wordOccurrences, forms[i]);
                var tokenSpan = new TextSpan(tokens[i].Start, tokens[i].End);
                if (cueSpans.Any(cue => cue.Contains(tokenSpan))) Increment(wordAsCue, forms[i]);
            }

            foreach (var cue in cueSpans)
            {
                var inside = Enumerable.Range(0, tokens.Length)
                    .Where(i => cue.Contains(new TextSpan(tokens[i].Start, tokens[i].End)))
                    .Select(i => forms[i])
                    .ToArray();
                if (inside.Length is >= ShortestPhrase and <= LongestPhrase) Increment(phraseAsCue, string.Join(' ', inside));
            }
        }

        var phraseOccurrences = CountPhraseOccurrences(articleForms, phraseAsCue);
        var entries = wordAsCue
            .Where(entry => entry.Value >= MinimumAsCue)
            .Select(entry => new CueLexiconEntry(CueFormKind.Word, entry.Key, entry.Value, wordOccurrences[entry.Key]))
            .Concat(phraseAsCue
                .Where(entry => entry.Value >= MinimumAsCue)
                .Select(entry => new CueLexiconEntry(CueFormKind.Phrase, entry.Key, entry.Value, phraseOccurrences.GetValueOrDefault(entry.Key))))
            .OrderBy(entry => entry.Kind)
            .ThenByDescending(entry => entry.AsCue)
            .ThenBy(entry => entry.Form, StringComparer.Ordinal)
            .ToArray();
        return new CueLexiconCounts(articleForms.Count, entries);
    }

    /// <summary>Counts the 2-4 token windows of running text, only for the phrases that were seen as cues.</summary>
    private static Dictionary<string, int> CountPhraseOccurrences(List<string[]> articleForms, Dictionary<string, int> phrases)
    {
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var forms in articleForms)
        {
            for (var start = 0; start < forms.Length; start++)
            {
                for (var length = ShortestPhrase; length <= LongestPhrase && start + length <= forms.Length; length++)
                {
                    var window = string.Join(' ', forms, start, length);
                    if (phrases.ContainsKey(window)) Increment(occurrences, window);
                }
            }
        }

        return occurrences;
    }

    private static void Increment(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}
