using Newsgraph.Core.Text;

namespace Newsgraph.Core.Time;

/// <summary>
/// The tokens of one sentence seen as words: bounds-checked access to their characters, lexemes and numbers, so
/// that the recogniser's patterns can look ahead and behind without allocating.
/// </summary>
internal readonly ref struct SentenceWords(string text, ReadOnlySpan<Token> tokens, int first, int end)
{
    private readonly string _text = text;
    private readonly ReadOnlySpan<Token> _tokens = tokens;

    public int First { get; } = first;

    public int End { get; } = end;

    public bool Has(int k) => k >= First && k < End;

    public TokenKind KindOf(int k) => _tokens[k].Kind;

    public ReadOnlySpan<char> Chars(int k) =>
        Has(k) ? _text.AsSpan(_tokens[k].Start, _tokens[k].Length) : [];

    /// <summary>The lexicon entry of word token <paramref name="k"/>; none for other tokens or outside the sentence.</summary>
    public Lexeme Lex(int k) => Has(k) && _tokens[k].Kind == TokenKind.Word ? TimeLexicon.Find(Chars(k)) : default;

    public bool IsCapitalized(int k) => Has(k) && char.IsUpper(_text[_tokens[k].Start]);

    public bool IsWord(int k, string word) => Chars(k).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>The value of an all-digit token of at most four digits, or -1.</summary>
    public int Number(int k) => Has(k) && _tokens[k].Kind == TokenKind.Number ? ParseDigits(Chars(k)) : -1;

    /// <summary>The year named by a four-digit token in 1800-2100, or 0: other numbers are counts, not years.</summary>
    public int Year(int k)
    {
        var chars = Chars(k);
        var value = chars.Length == 4 ? Number(k) : -1;
        return value is >= 1800 and <= 2100 ? value : 0;
    }

    /// <summary>A day of the month, 1-31, written "23" or "23rd"; 0 otherwise.</summary>
    public int DayNumber(int k)
    {
        var chars = Chars(k);
        var digits = 0;
        while (digits < chars.Length && digits < 3 && char.IsAsciiDigit(chars[digits])) digits++;
        if (digits is 0 or > 2) return 0;
        var suffix = chars[digits..];
        if (!suffix.IsEmpty && !(suffix is "st" or "nd" or "rd" or "th")) return 0;
        var value = ParseDigits(chars[..digits]);
        return value is >= 1 and <= 31 ? value : 0;
    }

    public static int ParseDigits(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty || chars.Length > 4) return -1;
        var value = 0;
        foreach (var c in chars)
        {
            if (!char.IsAsciiDigit(c)) return -1;
            value = value * 10 + (c - '0');
        }

        return value;
    }
}
