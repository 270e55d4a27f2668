using Newsgraph.Core.Pipeline;

namespace Newsgraph.Core.Text;

/// <summary>
/// Splits text into word, number, punctuation and quotation-mark tokens without copying it. Keeps the full stop of
/// abbreviations (U.S., Gen.) and initials, splits the possessive 's, and splits a full stop that lacks its space
/// ("now.Everybody").
/// </summary>
public sealed class Tokenizer : IPipelineStage
{
    public string Name => "tokenizer";

    public Layers Requires => Layers.None;

    public Layers Produces => Layers.Tokens;

    public void Process(Document document) => document.SetTokens(Tokenize(document.Text));

    public static Token[] Tokenize(string text)
    {
        // Roughly one token per five characters in English news; the list grows if needed.
        var tokens = new List<Token>(text.Length / 5 + 4);
        var i = 0;
        var n = text.Length;
        while (i < n)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                i = ScanWord(text, i, tokens);
                continue;
            }

            if (Chars.IsQuoteMark(c))
            {
                // Some newswire writes double quotes as two single marks: ''like this'' or ``like this''.
                var width = i + 1 < n && (c is '\'' or '`') && text[i + 1] == c ? 2 : 1;
                tokens.Add(new Token(i, i + width, TokenKind.QuoteMark));
                i += width;
                continue;
            }

            var end = i + 1;
            if (char.IsHighSurrogate(c) && end < n && char.IsLowSurrogate(text[end]))
            {
                end++; // an emoji or other character beyond the BMP stays one token
            }
            else if (c == '.' && end < n && text[end] == '.')
            {
                while (end < n && text[end] == '.') end++;
            }
            else if (Chars.IsDash(c))
            {
                while (end < n && text[end] == c) end++;
            }

            var kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            tokens.Add(new Token(i, end, kind));
            i = end;
        }

        return [.. tokens];
    }

    private static int ScanWord(string text, int start, List<Token> tokens)
    {
        var n = text.Length;
        var j = start;
        var allDigits = true;
        var segmentStart = start; // start of the current dot-separated segment, for U.S. and now.Everybody
        while (j < n)
        {
            var c = text[j];
            if (char.IsLetterOrDigit(c) || c == '\u00AD')
            {
                if (!char.IsDigit(c)) allDigits = false;
                j++;
                continue;
            }

            var next = j + 1 < n ? text[j + 1] : '\0';
            var prev = text[j - 1];
            if (Chars.IsApostrophe(c) && char.IsLetter(next) && char.IsLetter(prev))
            {
                // A possessive or "is" clitic ('s) becomes its own token; other apostrophes (don't, O'Malley) stay.
                if ((next is 's' or 'S') && (j + 2 >= n || !char.IsLetter(text[j + 2])))
                {
                    tokens.Add(new Token(start, j, TokenKind.Word));
                    tokens.Add(new Token(j, j + 2, TokenKind.Word));
                    return j + 2;
                }

                j++;
                continue;
            }

            if ((c == '-' || c == '/' || c == '&') && char.IsLetterOrDigit(next) && char.IsLetterOrDigit(prev))
            {
                j++;
                allDigits = false;
                // A joined part starts a dot segment of its own: "D-N.Y." is one token, as "N.Y." is.
                segmentStart = j;
                continue;
            }

            if ((c == ',' || c == ':') && allDigits && char.IsDigit(next))
            {
                j++;
                continue;
            }

            if (c == '.' && char.IsLetterOrDigit(next))
            {
                var segmentLength = j - segmentStart;
                var numeric = char.IsDigit(prev) && char.IsDigit(next);
                var initialism = segmentLength == 1; // U.S, a.m
                var lowerContinues = char.IsLower(next); // Amazon.com
                if (numeric || initialism || lowerContinues)
                {
                    j++;
                    segmentStart = j;
                    continue;
                }

                break; // "now.Everybody": the full stop ends the sentence despite the missing space.
            }

            break;
        }

        var end = j;
        if (end < n && text[end] == '.' && KeepsFullStop(text, start, end)) end++;
        tokens.Add(new Token(start, end, allDigits && end == j ? TokenKind.Number : LooksNumeric(text, start, end) ? TokenKind.Number : TokenKind.Word));
        return end;
    }

    private static bool KeepsFullStop(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: John F. Kennedy
        if (word.Contains('.')) return !char.IsDigit(word[^1]); // U.S. but not 3.5.
        return Abbreviations.TakesFullStop(word);
    }

    private static bool LooksNumeric(string text, int start, int end)
    {
        var digits = 0;
        for (var k = start; k < end; k++)
        {
            var c = text[k];
            if (char.IsDigit(c)) digits++;
            else if (c is not ('.' or ',' or ':')) return false;
        }

        return digits > 0;
    }
}
