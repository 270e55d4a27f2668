namespace Newsgraph.Core.Quotes;

/// <summary>
/// A 64-bit FNV-1a hash of a feature (a template name and its values), computed over the characters without building
/// a string, so scoring allocates nothing. Training and scoring hash alike, and the model file stores the hashes.
/// </summary>
internal readonly record struct FeatureHash(ulong Value)
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Separates the template from its values and the values from each other: no word contains it.</summary>
    private const char Separator = '\u001F';

    public static FeatureHash Of(string template) => new FeatureHash(OffsetBasis).With(template.AsSpan());

    public FeatureHash With(ReadOnlySpan<char> value)
    {
        var hash = (Value ^ Separator) * Prime;
        foreach (var c in value) hash = (hash ^ c) * Prime;
        return new FeatureHash(hash);
    }

    public FeatureHash With(int value) => new FeatureHash((Value ^ Separator) * Prime).Mix((uint)value, 32);

    /// <summary>Adds a word by its key (<see cref="KeyOf"/>), so a word hashed once per document serves every feature.</summary>
    public FeatureHash With(WordKey word) => new FeatureHash((Value ^ Separator) * Prime).Mix(word.Value, 64);

    /// <summary>The key of a word as written (callers lower-case it first).</summary>
    public static WordKey KeyOf(ReadOnlySpan<char> word) => new(new FeatureHash(OffsetBasis).With(word).Value);

    private FeatureHash Mix(ulong value, int bits)
    {
        var hash = Value;
        for (var shift = 0; shift < bits; shift += 8) hash = (hash ^ ((value >> shift) & 0xFF)) * Prime;
        return new FeatureHash(hash);
    }
}

/// <summary>A word's hash, computed once per token and document and mixed into features in place of its letters.</summary>
internal readonly record struct WordKey(ulong Value);
