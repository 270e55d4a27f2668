using System.Globalization;

namespace Newsgraph.Core.Quotes;

/// <summary>
/// Attribution cues learned from PolNeAR's train annotations (models/cues.tsv, built by <c>newsgraph train cues</c>):
/// for each word, how often it lies inside a gold cue compared with how often it occurs, and the same for whole
/// multi-word cues ("according to", "said in a statement").
/// </summary>
public sealed class CueLexicon
{
    private readonly Dictionary<string, (int AsCue, int Occurrences)> _words;
    private readonly Dictionary<string, (int AsCue, int Occurrences)>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;

    private CueLexicon(Dictionary<string, (int, int)> words, Dictionary<string, (int, int)> phrases)
    {
        _words = words;
        _wordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Phrases = phrases;
    }

    public int WordCount => _words.Count;

    /// <summary>Whole multi-word cues, lowercased, words separated by single spaces.</summary>
    public IReadOnlyDictionary<string, (int AsCue, int Occurrences)> Phrases { get; }

    /// <summary>The share of a word's occurrences that were cues, with how many times it was one.</summary>
    public (double Precision, int AsCue) Word(ReadOnlySpan<char> lowercased) =>
        _wordLookup.TryGetValue(lowercased, out var counts) ? ((double)counts.AsCue / counts.Occurrences, counts.AsCue) : (0, 0);

    public static CueLexicon Parse(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var words = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var phrases = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        Span<Range> fields = stackalloc Range[5];
        foreach (var line in tsv.AsSpan().EnumerateLines())
        {
            if (line.IsEmpty || line[0] == '#' || line.StartsWith("kind\t")) continue;
            if (line.Split(fields, '\t') != 4) throw new FormatException($"Bad cue lexicon line: {line}");
            var counts = (Int(line[fields[2]]), Int(line[fields[3]]));
            var table = line[fields[0]].SequenceEqual("word") ? words : line[fields[0]].SequenceEqual("phrase") ? phrases : throw new FormatException($"Bad cue lexicon kind in: {line}");
            table[line[fields[1]].ToString()] = counts;
        }

        return new CueLexicon(words, phrases);
    }

    private static int Int(ReadOnlySpan<char> s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
}
