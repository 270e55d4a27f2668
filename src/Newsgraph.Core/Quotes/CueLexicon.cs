using System.Globalization;

namespace Newsgraph.Core.Quotes;

/// <summary>
/// Attribution cues learned from PolNeAR's train annotations (models/cues.tsv, built by <c>newsgraph train cues</c>):
/// for each word, how often it lies inside a gold cue compared with how often it occurs. The file's phrase rows
/// (whole multi-word cues) are training statistics that the cue finder does not use, so they are not loaded.
/// </summary>
public sealed class CueLexicon
{
    private readonly Dictionary<string, (int AsCue, int Occurrences)> _words;
    private readonly Dictionary<string, (int AsCue, int Occurrences)>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;

    private CueLexicon(Dictionary<string, (int, int)> words)
    {
        _words = words;
        _wordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The share of a word's occurrences that were cues, with how many times it was one.</summary>
    public (double Precision, int AsCue) Word(ReadOnlySpan<char> lowercased) =>
        _wordLookup.TryGetValue(lowercased, out var counts) ? ((double)counts.AsCue / counts.Occurrences, counts.AsCue) : (0, 0);

    public static CueLexicon Parse(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var words = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        Span<Range> fields = stackalloc Range[5];
        foreach (var line in tsv.AsSpan().EnumerateLines())
        {
            if (line.IsEmpty || line[0] == '#' || line.StartsWith("kind\t")) continue;
            if (line.Split(fields, '\t') != 4) throw new FormatException($"Bad cue lexicon line: {line}");
            var kind = line[fields[0]];
            if (kind.SequenceEqual("phrase")) continue;
            if (!kind.SequenceEqual("word")) throw new FormatException($"Bad cue lexicon kind in: {line}");
            var (asCue, occurrences) = (Int(line[fields[2]]), Int(line[fields[3]]));
            if (occurrences == 0 || asCue > occurrences) throw new FormatException($"Bad cue lexicon counts in: {line}");
            words[line[fields[1]].ToString()] = (asCue, occurrences);
        }

        return new CueLexicon(words);
    }

    private static int Int(ReadOnlySpan<char> s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
}
