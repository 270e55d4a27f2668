using Newsgraph.Core.Text;

namespace Newsgraph.Core.Quotes;

/// <summary>
/// Reported speech without (or with only some) quotation marks: "Kerry said that ...", "The plan failed, he said",
/// "according to the report, ...". One attribution per sentence, from its first cue that no direct quote took;
/// the content is the clause after the cue, or before it when the cue closes the sentence.
/// </summary>
internal static class IndirectQuoteFinder
{
    private const int MinContentTokens = 3;

    /// <summary>Words after which "told X" or "urged X" has its object before the content.</summary>
    private static readonly HashSet<string> ObjectTakingCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "told", "tell", "tells", "telling", "warned", "urged", "reminded", "assured", "informed", "asked", "urging", "warning", "asking",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ObjectTaking = ObjectTakingCues.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IEnumerable<Quote> Find(QuoteContext context, IReadOnlyList<Cue> cues, bool[] sentenceTaken)
    {
        var sentences = context.Document.Sentences;
        var lastSentence = -1;
        foreach (var cue in cues)
        {
            if (cue.Sentence == lastSentence || sentenceTaken[cue.Sentence]) continue;
            var sentence = sentences[cue.Sentence];
            if (!TryBuild(context, sentence, cue, out var quote)) continue;
            lastSentence = cue.Sentence;
            yield return quote;
        }
    }

    private static bool TryBuild(QuoteContext context, Sentence sentence, Cue cue, out Quote quote)
    {
        quote = null!;
        TextSpan? source;
        int contentFirst;
        int contentEnd;
        var contentEndOfSentence = ContentEnd(context, sentence);
        if (cue.Form == CueForm.AccordingTo)
        {
            source = SourceFinder.AccordingTo(context, sentence, cue.EndToken, out var phraseEnd);
            if (cue.FirstToken - sentence.FirstToken <= 1)
            {
                contentFirst = SkipPunctuation(context, phraseEnd, sentence);
                contentEnd = contentEndOfSentence;
            }
            else
            {
                contentFirst = sentence.FirstToken;
                contentEnd = TrimTrailingComma(context, cue.FirstToken);
            }
        }
        else
        {
            var afterFirst = ContentStartAfter(context, sentence, cue);
            var contentAfter = contentEndOfSentence - afterFirst;
            if (contentAfter >= MinContentTokens)
            {
                contentFirst = afterFirst;
                contentEnd = contentEndOfSentence;
                source = cue.Form == CueForm.Participle ? SourceFinder.ClauseSubject(context, sentence, cue.FirstToken) : SourceFinder.Before(context, sentence, cue.FirstToken);
            }
            else
            {
                // The cue closes the sentence: "The plan failed, he said." or "..., said Kerry."
                source = SourceFinder.Before(context, sentence, cue.FirstToken);
                var sourceFirst = source is { } s ? context.TokenAt(s.Start) : cue.FirstToken;
                if (source is null) source = SourceFinder.After(context, sentence, cue.EndToken);
                contentFirst = sentence.FirstToken;
                contentEnd = TrimTrailingComma(context, sourceFirst);
            }
        }

        if (contentEnd - contentFirst < MinContentTokens) return false;
        var content = context.SpanOf(contentFirst, contentEnd);
        var kind = HasQuotation(context, contentFirst, contentEnd) ? QuoteKind.Mixed : QuoteKind.Indirect;
        quote = new Quote(kind, content, context.SpanOf(cue.FirstToken, cue.EndToken), source, context.SpeakerOf(source), AttributionRule.AdjacentCue);
        return true;
    }

    /// <summary>The first content token after a cue: skips "reporters" in "told reporters that", and a comma or colon.</summary>
    private static int ContentStartAfter(QuoteContext context, Sentence sentence, Cue cue)
    {
        var k = cue.EndToken;
        if (ObjectTaking.Contains(context.Word(cue.FirstToken)))
        {
            for (var j = k; j < sentence.EndToken && j < k + 6; j++)
            {
                var word = context.Word(j);
                if (word is "that" || context.Document.TokenSpan[j].Kind == TokenKind.QuoteMark)
                {
                    k = j;
                    break;
                }

                if (word is "," or ":")
                {
                    k = j + 1;
                    break;
                }
            }
        }

        return SkipPunctuation(context, k, sentence);
    }

    private static int SkipPunctuation(QuoteContext context, int k, Sentence sentence)
    {
        while (k < sentence.EndToken && context.Word(k) is "," or ":" or "—" or "-" or "–") k++;
        return k;
    }

    /// <summary>The sentence's end without its final full stop (kept when a closing quotation mark follows it).</summary>
    private static int ContentEnd(QuoteContext context, Sentence sentence)
    {
        var end = sentence.EndToken;
        while (end > sentence.FirstToken && context.Document.TokenSpan[end - 1].Kind == TokenKind.Punctuation && context.Word(end - 1) is "." or "," or ";" or ":" or "!" or "?" or "…")
            end--;
        return end;
    }

    private static int TrimTrailingComma(QuoteContext context, int end)
    {
        while (end > 0 && context.Word(end - 1) is "," or "—" or ":" or "-") end--;
        return end;
    }

    private static bool HasQuotation(QuoteContext context, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (context.IsQuoted(k)) return true;
        }

        return false;
    }
}
