using Newsgraph.Core.Text;

namespace Newsgraph.Core.Quotes;

/// <summary>
/// Finds cues outside quotations: "according to", and the words of the cue lexicon that the attribution model scores
/// as cues in their context (above <paramref name="minScore"/>, tuned on our PolNeAR dev split).
/// </summary>
internal sealed class CueFinder(AttributionModel model, double minScore)
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

    /// <summary>True for the auxiliaries, prepositions and adverbs that accompany a cue but never head one (lower case).</summary>
    public static bool NeverHeads(ReadOnlySpan<char> lowerCaseWord) => NotHeads.Contains(lowerCaseWord);

    /// <summary>
    /// Whether a token is scored as a possible cue at all: a word outside quotation marks that the cue lexicon has
    /// seen inside gold cues and that is not one of the auxiliaries and adverbs that only accompany a cue.
    /// </summary>
    public static bool IsCandidate(QuoteContext context, CueLexicon lexicon, int token, out CueCandidate candidate)
    {
        candidate = default;
        var document = context.Document;
        var span = document.TokenSpan[token];
        if (span.Kind != TokenKind.Word || context.IsQuoted(token) || span.Length > AttributionFeatures.MaxWordLength) return false;
        Span<char> lower = stackalloc char[AttributionFeatures.MaxWordLength];
        var form = lower[..document.CharsOf(span).ToLowerInvariant(lower)];
        if (NotHeads.Contains(form)) return false;
        var (share, asCue) = lexicon.Word(form);
        candidate = new CueCandidate(share, asCue);
        return asCue > 0;
    }

    public List<Cue> Find(QuoteContext context)
    {
        var document = context.Document;
        var tokens = document.TokenSpan;
        var cues = new List<Cue>();
        var sentences = document.Sentences;
        for (var s = 0; s < sentences.Count; s++)
        {
            for (var i = sentences[s].FirstToken; i < sentences[s].EndToken; i++)
            {
                var word = document.CharsOf(tokens[i]);
                if (word.Equals("according", StringComparison.OrdinalIgnoreCase) && !context.IsQuoted(i) && i + 1 < sentences[s].EndToken
                    && document.CharsOf(tokens[i + 1]).SequenceEqual("to"))
                {
                    cues.Add(new Cue(i, i + 2, s, CueForm.AccordingTo, double.PositiveInfinity));
                    i++;
                    continue;
                }

                if (!IsCandidate(context, model.Lexicon, i, out var candidate)) continue;
                var score = model.CueScore(context, candidate, s, i);
                if (score <= minScore) continue;
                var participle = word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && i > sentences[s].FirstToken && document.Text[tokens[i - 1].Start] == ',';
                cues.Add(new Cue(i, i + 1, s, participle ? CueForm.Participle : CueForm.Verb, score));
            }
        }

        return cues;
    }
}

/// <summary>What the cue lexicon says of a candidate cue word: the share of its occurrences inside gold cues, and how many.</summary>
internal readonly record struct CueCandidate(double Share, int AsCue);
