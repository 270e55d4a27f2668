using System.Runtime.CompilerServices;
namespace Newsgraph.Core.Events;

/// <summary>
/// A PETRARCH discard list (Phoenix.discards.txt): phrases whose presence stops a sentence (or, with a leading '+',
/// the whole story) from being coded, such as sports results and historical chronologies. A phrase ending in '_'
/// must end at a word boundary; otherwise its last word is a stem ("CHAMPION" also stops "championship").
/// </summary>
public sealed class DiscardList
{
    private const int IndexLength = 3;

    // Phrases by their first word; one-word stems by their first letters, since they match longer words too.
    private readonly Dictionary<string, List<Discard>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Discard>> _stemsByPrefix = new(StringComparer.Ordinal);
    private Dictionary<string, List<Discard>>.AlternateLookup<ReadOnlySpan<char>> _firstWordLookup;
    private Dictionary<string, List<Discard>>.AlternateLookup<ReadOnlySpan<char>> _stemLookup;

    public DiscardList()
    {
        _firstWordLookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _stemLookup = _stemsByPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count { get; private set; }

    /// <summary>The first words of the phrases matched whole (not the one-word stems).</summary>
    internal IEnumerable<string> FirstWords => _byFirstWord.Keys;

    // Runs once, at load: compiled optimised at once rather than tier by tier.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            var line = DictionaryLines.WithoutComment(rawLine).Trim();
            if (line.IsEmpty) continue;
            var wholeStory = line[0] == '+';
            if (wholeStory) line = line[1..];
            var exactEnd = line.EndsWith('_');
            var words = PhraseKey.Of(line).Split(' ');
            if (words[0].Length == 0) continue;
            var stem = words.Length == 1 && !exactEnd;
            var index = stem ? _stemsByPrefix : _byFirstWord;
            var key = stem && words[0].Length > IndexLength ? words[0][..IndexLength] : words[0];
            if (!index.TryGetValue(key, out var list)) index[key] = list = [];
            list.Add(new Discard(words, exactEnd, wholeStory));
            Count++;
        }
    }

    /// <summary>What the tokens [first, end) hold: nothing, a sentence discard or a story discard.</summary>
    internal DiscardKind Find(TokenKeys keys, int first, int end)
    {
        var found = DiscardKind.None;
        for (var i = first; i < end && found != DiscardKind.Story; i++)
        {
            var key = keys[i];
            if (key.IsEmpty) continue;
            if ((keys.Entry(i).Roles & WordRoles.DiscardStart) != 0 && _firstWordLookup.TryGetValue(PhraseKey.FirstWord(key), out var phrases))
                found = Strongest(found, phrases, keys, i, end);
            if (_stemLookup.TryGetValue(key[..Math.Min(key.Length, IndexLength)], out var stems)) found = Strongest(found, stems, keys, i, end);
        }

        return found;
    }

    private static DiscardKind Strongest(DiscardKind found, List<Discard> candidates, TokenKeys keys, int first, int end)
    {
        foreach (var discard in candidates)
        {
            if (discard.MatchesAt(keys, first, end))
                found = discard.WholeStory ? DiscardKind.Story : (DiscardKind)Math.Max((int)found, (int)DiscardKind.Sentence);
        }

        return found;
    }

    private sealed record Discard(string[] Words, bool ExactEnd, bool WholeStory)
    {
        public bool MatchesAt(TokenKeys keys, int first, int end)
        {
            if (first + Words.Length > end) return false;
            for (var w = 0; w < Words.Length; w++)
            {
                var word = keys[first + w];
                if (word.IsEmpty) return false;
                var last = w == Words.Length - 1;
                var matches = last && !ExactEnd ? word.StartsWith(Words[w], StringComparison.Ordinal) : word.SequenceEqual(Words[w]);
                if (!matches) return false;
            }

            return true;
        }
    }
}

internal enum DiscardKind
{
    None,
    Sentence,
    Story,
}
