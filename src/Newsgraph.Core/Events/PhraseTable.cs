using System.Runtime.CompilerServices;
using Newsgraph.Core.Text;

namespace Newsgraph.Core.Events;

/// <summary>
/// Phrases (in <see cref="PhraseKey"/> spelling) mapped to values, with the longest phrase each first word starts,
/// so text is matched token by token without building strings: the key of a token run is written into a stack buffer
/// and looked up as a span.
/// </summary>
internal sealed class PhraseTable<T>
    where T : class
{
    private const int MaxKeyLength = 160;

    private readonly Dictionary<string, T> _phrases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _longestByFirstWord = new(StringComparer.Ordinal);
    private Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _phraseLookup;
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _firstWordLookup;

    public PhraseTable()
    {
        _phraseLookup = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstWordLookup = _longestByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _phrases.Count;

    /// <summary>The words phrases begin with.</summary>
    public IEnumerable<string> FirstWords => _longestByFirstWord.Keys;

    /// <summary>The value stored under a key, or null.</summary>
    public T? Get(ReadOnlySpan<char> key) => _phraseLookup.TryGetValue(key, out var value) ? value : null;

    /// <summary>Adds a value under a key, or merges it into the value already there.</summary>
    // Runs once, at load: compiled optimised at once rather than tier by tier.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(string key, T value, Func<T, T, T> merge)
    {
        if (key.Length == 0 || key.Length > MaxKeyLength) return;
        _phrases[key] = _phrases.TryGetValue(key, out var existing) ? merge(existing, value) : value;
        var first = PhraseKey.FirstWord(key).ToString();
        var words = PhraseKey.WordCount(key);
        if (!_longestByFirstWord.TryGetValue(first, out var longest) || longest < words) _longestByFirstWord[first] = words;
    }

    /// <summary>
    /// The longest phrase that starts at token <paramref name="first"/> and ends before <paramref name="limit"/>:
    /// its value and the index after its last token; null when none starts there.
    /// </summary>
    public (T Value, int End)? Match(ReadOnlySpan<Token> tokens, TokenKeys keys, int first, int limit)
    {
        var firstKey = keys[first];
        if (firstKey.IsEmpty || firstKey.Length > MaxKeyLength) return null;
        if (!_firstWordLookup.TryGetValue(PhraseKey.FirstWord(firstKey), out var longest)) return null;

        Span<char> key = stackalloc char[MaxKeyLength];
        firstKey.CopyTo(key);
        var length = firstKey.Length;
        var words = PhraseKey.WordCount(firstKey);
        (T Value, int End)? best = null;
        for (var end = first + 1; ; end++)
        {
            if (words > longest) break;
            if (_phraseLookup.TryGetValue(key[..length], out var value)) best = (value, end);
            if (end >= limit) break;
            var next = keys[end];
            // Words of a phrase are consecutive tokens separated by blanks only ("Tel Aviv", not "Tel, Aviv").
            if (next.IsEmpty || tokens[end].Start != tokens[end - 1].End + 1 || length + 1 + next.Length > MaxKeyLength) break;
            key[length] = ' ';
            next.CopyTo(key[(length + 1)..]);
            length += next.Length + 1;
            words += PhraseKey.WordCount(next);
        }

        return best;
    }
}
