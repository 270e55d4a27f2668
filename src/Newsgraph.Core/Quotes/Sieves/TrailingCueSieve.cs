using Newsgraph.Core.Tagging;

namespace Newsgraph.Core.Quotes.Sieves;

/// <summary>A cue right after the closing mark: "“...”, Kerry said" or "“...”, said Kerry".</summary>
internal sealed class TrailingCueSieve : IDirectQuoteSieve
{
    // Room for a source with an apposition: "“...,” Ana Torres, the party’s chair in Velmora, said".
    private const int MaxGap = 20;

    /// <summary>Room for "Nate Silver, the polling guru, said on Wednesday." and no content of its own.</summary>
    private const int MaxCueSentenceTokens = 12;

    public AttributionRule Rule => AttributionRule.AdjacentCue;

    public bool TryAttribute(QuoteContext context, DirectQuote quote, CueList cues, IReadOnlyList<Quote> earlier, out SieveDecision decision)
    {
        if (TryCueIn(context, quote, cues, quote.ClosingSentence, out decision)) return true;
        // "“Why would you?” Lichtman said.": a question or exclamation mark closes the sentence inside the quote, so
        // the cue opens the next sentence of the paragraph, a short one that reports nothing else.
        var sentences = context.Document.Sentences;
        var next = quote.ClosingSentence + 1;
        return next < sentences.Count && sentences[quote.ClosingSentence].EndToken == quote.EndToken
            && sentences[next].Paragraph == sentences[quote.ClosingSentence].Paragraph
            && sentences[next].EndToken - sentences[next].FirstToken <= MaxCueSentenceTokens
            && TryCueIn(context, quote, cues, next, out decision);
    }

    private static bool TryCueIn(QuoteContext context, DirectQuote quote, CueList cues, int sentenceIndex, out SieveDecision decision)
    {
        decision = default;
        var sentence = context.Document.Sentences[sentenceIndex];
        foreach (var cue in cues.InSentence(sentenceIndex))
        {
            if (cue.FirstToken < quote.EndToken) continue;
            if (cue.FirstToken - quote.EndToken > MaxGap) return false;
            // "“...,” Torres wrote that the port was shut": the cue reports the clause after it, not the quotation.
            if (cue.EndToken < sentence.EndToken && context.Word(cue.EndToken) is "that") return false;
            var source = SourceFinder.Before(context, sentence, cue.FirstToken);
            if (source is { } before && before.Start < context.Document.TokenSpan[quote.EndToken - 1].End) source = null;
            // Between the quotation and the cue's subject (or the cue) stand punctuation and the subject's own words
            // ("Velmora delegate Ana Torres"), not a clause: in "“...” in the plan approved on Saturday" the verb
            // reports no speaker of the quotation.
            var gapEnd = source is { } subject ? context.Document.TokenIndexAt(subject.Start) : cue.FirstToken;
            if (!IsSubjectGap(context, quote.EndToken, gapEnd)) return false;
            // A subject found as "in the plan" is no subject.
            if (source is not null && context.Document.PartOfSpeechSpan[gapEnd] is PennTag.In or PennTag.To) return false;
            source ??= SourceFinder.After(context, sentence, cue.EndToken) ?? SourceFinder.ParticipleAfterQuotation(context, sentence, cue.FirstToken);
            decision = new SieveDecision(cue, source, context.SpeakerOf(source));
            return true;
        }

        return false;
    }

    private static bool IsSubjectGap(QuoteContext context, int first, int end)
    {
        var tags = context.Document.PartOfSpeechSpan;
        for (var k = first; k < end; k++)
        {
            if (context.Document.TokenSpan[k].Kind == Text.TokenKind.Punctuation || context.Word(k) is "of") continue;
            if (tags[k].IsVerb() || tags[k] is PennTag.Md or PennTag.In or PennTag.To or PennTag.Wdt or PennTag.Wp) return false;
        }

        return true;
    }
}
