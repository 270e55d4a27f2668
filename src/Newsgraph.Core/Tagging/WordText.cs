using Newsgraph.Core.Text;

namespace Newsgraph.Core.Tagging;

/// <summary>Pre-tokenised words as one text (words joined by single spaces) with a token per word.</summary>
public static class WordText
{
    public static (string Text, Token[] Tokens) Join(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var tokens = new Token[words.Count];
        var start = 0;
        for (var i = 0; i < words.Count; i++)
        {
            tokens[i] = new Token(start, start + words[i].Length, TokenKind.Word);
            start += words[i].Length + 1;
        }

        return (string.Join(' ', words), tokens);
    }
}
