using Newsgraph.Core.Text;

namespace Newsgraph.Core.Quotes;

/// <summary>
/// Finds cues outside quotations: words that the learned lexicon says are cues often enough (precision and count
/// thresholds tuned on our PolNeAR dev split), and multi-word cues such as "according to".
/// </summary>
internal sealed class CueFinder(CueLexicon lexicon, double minPrecision, int minCount)
{
    /// <summary>
    /// Words that gold cues often include ("has said", "also said", "is expected") but that never head one:
    /// the lexicon counts them inside cues, so they are kept out here.
    /// </summary>
    private static readonly HashSet<string> NotCueHeads = new(StringComparer.Ordinal)
    {
        "also", "has", "have", "had", "having", "will", "would", "could", "should", "can", "may", "might", "must",
        "not", "n't", "is", "are", "was", "were", "be", "been", "being", "to", "the", "a", "an", "that", "in", "of",
        "for", "on", "with", "as", "by", "it", "he", "she", "they", "we", "i", "you", "did", "does", "do", "publicly",
        "repeatedly", "previously", "already", "recently", "reportedly", "once", "again", "never", "just", "even",
        "still", "about", "at", "and", "but", "or", "so", "up", "out", "over", "back", "then", "later", "this",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotHeads = NotCueHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"a critique", "the blame", "their desire": a cue word after a determiner is a noun, not a reporting verb.</summary>
    private static bool FollowsDeterminer(QuoteContext context, Text.Sentence sentence, int token) =>
        token > sentence.FirstToken && context.Word(token - 1) is "a" or "an" or "the" or "The" or "A" or "this" or "these" or "those"
            or "his" or "her" or "its" or "their" or "our" or "my" or "your" or "of" or "His" or "Her" or "Their";

    public List<Cue> Find(QuoteContext context)
    {
        var document = context.Document;
        var tokens = document.TokenSpan;
        var cues = new List<Cue>();
        Span<char> lower = stackalloc char[32];
        var sentences = document.Sentences;
        for (var s = 0; s < sentences.Count; s++)
        {
            for (var i = sentences[s].FirstToken; i < sentences[s].EndToken; i++)
            {
                var token = tokens[i];
                if (token.Kind != TokenKind.Word || context.IsQuoted(i) || token.Length > lower.Length) continue;
                var word = document.CharsOf(token);
                var length = word.ToLowerInvariant(lower);
                var form = lower[..length];
                if (form.SequenceEqual("according") && i + 1 < sentences[s].EndToken && document.CharsOf(tokens[i + 1]).SequenceEqual("to"))
                {
                    cues.Add(new Cue(i, i + 2, s, CueForm.AccordingTo));
                    i++;
                    continue;
                }

                if (NotHeads.Contains(form) || FollowsDeterminer(context, sentences[s], i)) continue;
                var (precision, asCue) = lexicon.Word(form);
                if (precision < minPrecision || asCue < minCount) continue;
                var participle = form.EndsWith("ing") && i > sentences[s].FirstToken && document.Text[tokens[i - 1].Start] == ',';
                cues.Add(new Cue(i, i + 1, s, participle ? CueForm.Participle : CueForm.Verb));
            }
        }

        return cues;
    }
}
