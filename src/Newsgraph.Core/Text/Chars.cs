namespace Newsgraph.Core.Text;

/// <summary>Character classes shared by the text stages.</summary>
internal static class Chars
{
    public static bool IsQuoteMark(char c) => c is '"' or '“' or '”' or '„' or '‟' or '«' or '»' or '‘' or '’' or '‚' or '\'' or '`';

    public static bool IsDoubleQuote(char c) => c is '"' or '“' or '”' or '„' or '‟' or '«' or '»';

    /// <summary>A quotation-mark token that delimits a quote: a double mark, or a doubled single one ('' or ``).</summary>
    public static bool IsDoubleQuoteToken(string text, Token token) =>
        IsDoubleQuote(text[token.Start]) || token.Length == 2 && text[token.Start] is '\'' or '`';

    /// <summary>The possessive clitic as the tokenizer splits it off: ’s or 's.</summary>
    public static bool IsPossessive(ReadOnlySpan<char> word) => word is "’s" or "'s";

    /// <summary>A word token that starts with a capital letter.</summary>
    public static bool IsCapitalisedWord(string text, Token token) => token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]);

    public static bool IsApostrophe(char c) => c is '\'' or '’';

    public static bool IsOpeningQuote(char c) => c is '“' or '„' or '‟' or '«' or '‘' or '‚' or '`';

    public static bool IsClosingQuote(char c) => c is '”' or '»' or '’';

    public static bool IsDash(char c) => c is '-' or '–' or '—' or '‒' or '―';

    public static bool IsSentenceFinal(char c) => c is '.' or '!' or '?';
}
