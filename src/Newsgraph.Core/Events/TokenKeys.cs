using Newsgraph.Core.Text;

namespace Newsgraph.Core.Events;

/// <summary>
/// The <see cref="PhraseKey"/> spelling of every word and number token of a document, written once into one reused
/// buffer, so the dictionaries' lookups (verbs, actors, agents, discards, issues, pattern words) share it.
/// </summary>
internal sealed class TokenKeys
{
    private char[] _chars = [];
    private int[] _start = [];
    private int[] _length = [];
    private WordEntry[] _entries = [];

    /// <summary>Writes the keys of a document's tokens and looks each one's first word up in <paramref name="index"/>.</summary>
    public void Fill(string text, ReadOnlySpan<Token> tokens, WordIndex index)
    {
        if (_chars.Length < text.Length) _chars = new char[text.Length];
        if (_start.Length < tokens.Length)
        {
            _start = new int[tokens.Length];
            _length = new int[tokens.Length];
            _entries = new WordEntry[tokens.Length];
        }

        var used = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            _start[t] = used;
            var length = tokens[t].Kind is TokenKind.Word or TokenKind.Number
                ? PhraseKey.Write(text.AsSpan(tokens[t].Start, tokens[t].Length), _chars.AsSpan(used))
                : 0;
            _length[t] = Math.Max(0, length);
            _entries[t] = length > 0 ? index.Of(PhraseKey.FirstWord(_chars.AsSpan(used, length))) : new WordEntry(WordRoles.None, -1);
            used += _length[t];
        }
    }

    /// <summary>What the dictionaries know of the token's (first) word.</summary>
    public WordEntry Entry(int token) => _entries[token];

    /// <summary>The key of a token; empty for punctuation and symbols.</summary>
    public ReadOnlySpan<char> this[int token] => _chars.AsSpan(_start[token], _length[token]);
}
