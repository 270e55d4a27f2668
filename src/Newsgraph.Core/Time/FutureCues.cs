using Newsgraph.Core.Text;

namespace Newsgraph.Core.Time;

/// <summary>
/// Decides whether a sentence speaks of the future, which decides which way a bare weekday points. Cues: "will",
/// "won't", "'ll", "is/are expected to", "plans to", "next", "scheduled", "to be held".
/// </summary>
internal static class FutureCues
{
    public static bool IsFutureOriented(string text, ReadOnlySpan<Token> tokens, Sentence sentence)
    {
        var w = new SentenceWords(text, tokens, sentence.FirstToken, sentence.EndToken);
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var word = w.Chars(k);
            if (word.Equals("will", StringComparison.OrdinalIgnoreCase)
                || word.Equals("won't", StringComparison.OrdinalIgnoreCase)
                || word.Equals("won’t", StringComparison.OrdinalIgnoreCase)
                || word.EndsWith("'ll", StringComparison.OrdinalIgnoreCase)
                || word.EndsWith("’ll", StringComparison.OrdinalIgnoreCase)
                || word.Equals("next", StringComparison.OrdinalIgnoreCase)
                || word.Equals("scheduled", StringComparison.OrdinalIgnoreCase))
                return true;
            if (word.Equals("expected", StringComparison.OrdinalIgnoreCase) && (w.IsWord(k - 1, "is") || w.IsWord(k - 1, "are")) && w.IsWord(k + 1, "to"))
                return true;
            if (word.Equals("plans", StringComparison.OrdinalIgnoreCase) && w.IsWord(k + 1, "to"))
                return true;
            if (word.Equals("held", StringComparison.OrdinalIgnoreCase) && w.IsWord(k - 1, "be") && w.IsWord(k - 2, "to"))
                return true;
        }

        return false;
    }
}
