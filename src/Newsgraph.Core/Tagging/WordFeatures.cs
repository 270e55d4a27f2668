using System.Runtime.CompilerServices;
using Newsgraph.Core.Mentions;

namespace Newsgraph.Core.Tagging;

/// <summary>Receives the feature keys of one word, as spans of a reused buffer (copy what you keep).</summary>
internal interface IFeatureSink
{
    void Add(scoped ReadOnlySpan<char> key);
}

/// <summary>
/// The features one word contributes to the tagging of a token at a given offset from it (-2 .. +2): its form,
/// prefixes, suffixes and shape, and for entities its cased form and what the name and title lexicons say of it.
/// A key is the template letter, the offset and the value; every feature depends on one word only, so a tagger can
/// sum a word's weights once per word type and offset.
/// </summary>
internal sealed class WordFeatures(TaggerKind kind, NameLexicon names)
{
    public const int Offsets = 5;

    public const int MaxOffset = 2;

    /// <summary>Values are cut to this many characters; longer words share their features.</summary>
    private const int MaxValue = 40;

    /// <summary>Stands for the words before the first and after the last of a sentence.</summary>
    public const string Boundary = "\u0002";

    /// <summary>Word shape codes for the sentence-position features: see <see cref="ShapeCode"/>.</summary>
    public const int ShapeCodes = 5;

    public TaggerKind Kind => kind;

    public NameLexicon Names => names;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Extract<TSink>(scoped ReadOnlySpan<char> word, int offset, ref TSink sink) where TSink : IFeatureSink, allows ref struct
    {
        Span<char> buffer = stackalloc char[MaxValue + 2];
        Span<char> lower = stackalloc char[Math.Min(word.Length, MaxValue)];
        word[..lower.Length].ToLowerInvariant(lower);
        var at = (char)('0' + offset + MaxOffset);
        if (word.SequenceEqual(Boundary))
        {
            Add(ref sink, buffer, 'W', at, Boundary);
            return;
        }

        Add(ref sink, buffer, 'W', at, Normalised(word, lower));
        Add(ref sink, buffer, 'C', at, lower[Math.Max(0, lower.Length - 3)..]);
        if (offset is -1 or 1 or 0)
        {
            Span<char> shape = stackalloc char[MaxValue];
            Add(ref sink, buffer, 'H', at, shape[..Shape(word, shape)]);
        }

        if (offset == 0)
        {
            Add(ref sink, buffer, 'A', at, lower[Math.Max(0, lower.Length - 1)..]);
            Add(ref sink, buffer, 'B', at, lower[Math.Max(0, lower.Length - 2)..]);
            Add(ref sink, buffer, 'D', at, lower[Math.Max(0, lower.Length - 4)..]);
            Add(ref sink, buffer, 'E', at, word[..Math.Min(1, word.Length)]);
            Add(ref sink, buffer, 'F', at, lower[..Math.Min(2, lower.Length)]);
            Add(ref sink, buffer, 'G', at, lower[..Math.Min(3, lower.Length)]);
            Add(ref sink, buffer, 'V', at, word[..Math.Min(word.Length, MaxValue)]);
        }

        if (kind != TaggerKind.NamedEntity || offset is -2 or 2) return;
        if (offset != 0) Add(ref sink, buffer, 'V', at, word[..Math.Min(word.Length, MaxValue)]);
        Add(ref sink, buffer, 'L', at, LexiconClass(names.Token(word)));
        if (TitleLexicon.IsRole(word)) Add(ref sink, buffer, 'T', at, "role");
        else if (TitleLexicon.IsQualifier(word)) Add(ref sink, buffer, 'T', at, "qualifier");
        else if (TitleLexicon.IsOrganizationWord(word)) Add(ref sink, buffer, 'T', at, "org");
    }

    /// <summary>0 lower case, 1 capitalised, 2 all capitals, 3 starting with a digit, 4 anything else.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int ShapeCode(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return 4;
        var first = word[0];
        if (char.IsDigit(first)) return 3;
        if (char.IsLower(first)) return 0;
        if (!char.IsUpper(first)) return 4;
        foreach (var c in word)
        {
            if (char.IsLower(c)) return 1;
        }

        return 2;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Add<TSink>(ref TSink sink, scoped Span<char> buffer, char template, char offset, scoped ReadOnlySpan<char> value) where TSink : IFeatureSink, allows ref struct
    {
        buffer[0] = template;
        buffer[1] = offset;
        var length = Math.Min(value.Length, MaxValue);
        value[..length].CopyTo(buffer[2..]);
        sink.Add(buffer[..(length + 2)]);
    }

    /// <summary>Lower case, with numbers folded: a four-digit number is a year, others are digits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<char> Normalised(ReadOnlySpan<char> word, ReadOnlySpan<char> lower)
    {
        if (word.IsEmpty || !char.IsDigit(word[0])) return lower;
        if (word.Length == 4 && !word.ContainsAnyExceptInRange('0', '9')) return "!YEAR";
        return "!DIGITS";
    }

    /// <summary>Upper, lower and digit runs as X, x and d (runs collapsed), other characters as they are.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Shape(ReadOnlySpan<char> word, Span<char> shape)
    {
        var length = 0;
        var previous = '\0';
        foreach (var c in word)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s == previous) continue;
            if (length == shape.Length) break;
            shape[length++] = s;
            previous = s;
        }

        return length;
    }

    private static string LexiconClass(NameEvidence evidence)
    {
        if (evidence.Total == 0) return "unseen";
        return evidence.BestType() switch
        {
            EntityType.Person => "person",
            EntityType.Organization => "org",
            EntityType.Place => "place",
            EntityType.Norp => "norp",
            _ => evidence.Named > 0 ? "sometimes" : "never",
        };
    }
}
