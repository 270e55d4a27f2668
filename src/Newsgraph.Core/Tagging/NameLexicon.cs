using System.Globalization;
using Newsgraph.Core.Mentions;

namespace Newsgraph.Core.Tagging;

/// <summary>How often a capitalised form was seen naming each kind of thing in the training corpora.</summary>
public readonly record struct NameEvidence(int Person, int Organization, int Place, int Norp, int Other)
{
    public int Total => Person + Organization + Place + Norp + Other;

    public int Named => Person + Organization + Place + Norp;

    /// <summary>The most frequent entity type, or null when the form is mostly not a name.</summary>
    public EntityType? BestType()
    {
        if (Named <= Other) return null;
        var best = Math.Max(Math.Max(Person, Organization), Math.Max(Place, Norp));
        if (best == Person) return EntityType.Person;
        if (best == Place) return EntityType.Place;
        return best == Organization ? EntityType.Organization : EntityType.Norp;
    }
}

/// <summary>
/// Type evidence for single capitalised tokens and for whole multi-word names, read from models/names.tsv
/// (built by <c>newsgraph train names</c> from the corpora in ../shared/data).
/// </summary>
public sealed class NameLexicon
{
    public const string Header = "kind\tform\tperson\torg\tplace\tnorp\tother";

    private readonly Dictionary<string, NameEvidence> _tokens;
    private readonly Dictionary<string, NameEvidence> _spans;
    private readonly Dictionary<string, NameEvidence>.AlternateLookup<ReadOnlySpan<char>> _tokenLookup;
    private readonly Dictionary<string, NameEvidence>.AlternateLookup<ReadOnlySpan<char>> _spanLookup;

    private NameLexicon(Dictionary<string, NameEvidence> tokens, Dictionary<string, NameEvidence> spans)
    {
        _tokens = tokens;
        _spans = spans;
        _tokenLookup = tokens.GetAlternateLookup<ReadOnlySpan<char>>();
        _spanLookup = spans.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static NameLexicon Empty { get; } = new([], []);

    public int TokenCount => _tokens.Count;

    public int SpanCount => _spans.Count;

    public NameEvidence Token(ReadOnlySpan<char> form) => _tokenLookup.TryGetValue(form, out var e) ? e : default;

    /// <summary>Evidence for a whole multi-word name, its words separated by single spaces.</summary>
    public NameEvidence Span(ReadOnlySpan<char> name) => _spanLookup.TryGetValue(name, out var e) ? e : default;

    public static NameLexicon Parse(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var tokens = new Dictionary<string, NameEvidence>(StringComparer.Ordinal);
        var spans = new Dictionary<string, NameEvidence>(StringComparer.Ordinal);
        Span<Range> fields = stackalloc Range[8];
        foreach (var line in tsv.AsSpan().EnumerateLines())
        {
            if (line.IsEmpty || line[0] == '#' || line.SequenceEqual(Header)) continue;
            if (line.Split(fields, '\t') != 7) throw new FormatException($"Bad name lexicon line: {line}");
            var evidence = new NameEvidence(Int(line[fields[2]]), Int(line[fields[3]]), Int(line[fields[4]]), Int(line[fields[5]]), Int(line[fields[6]]));
            var form = line[fields[1]].ToString();
            var kind = line[fields[0]];
            if (kind.SequenceEqual("token")) tokens[form] = evidence;
            else if (kind.SequenceEqual("span")) spans[form] = evidence;
            else throw new FormatException($"Bad name lexicon kind: {kind}");
        }

        return new NameLexicon(tokens, spans);
    }

    private static int Int(ReadOnlySpan<char> s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
}
