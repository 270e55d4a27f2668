namespace Newsgraph.Core.Quotes.Sieves;

/// <summary>A cue just before the opening mark: "Kerry said: “...”", "Kerry offered a message, saying, “...”".</summary>
internal sealed class LeadingCueSieve : IDirectQuoteSieve
{
    private const int MaxGap = 4;

    public AttributionRule Rule => AttributionRule.AdjacentCue;

    public bool TryAttribute(QuoteContext context, DirectQuote quote, CueList cues, IReadOnlyList<Quote> earlier, out SieveDecision decision)
    {
        decision = default;
        var sentence = context.Document.Sentences[quote.OpeningSentence];
        var inSentence = cues.InSentence(quote.OpeningSentence);
        for (var c = inSentence.Length - 1; c >= 0; c--)
        {
            var cue = inSentence[c];
            if (cue.EndToken > quote.FirstToken) continue;
            // A colon right before the quote introduces it however far the cue is: "warned the council: “...”".
            var introducedByColon = quote.FirstToken > 0 && context.Word(quote.FirstToken - 1) is ":";
            if (quote.FirstToken - cue.EndToken > MaxGap && !introducedByColon) return false;
            var source = cue.Form switch
            {
                CueForm.Participle => SourceFinder.ClauseSubject(context, sentence, cue.FirstToken),
                CueForm.AccordingTo => SourceFinder.AccordingTo(context, sentence, cue.EndToken, out _),
                _ => SourceFinder.OfVerbCue(context, sentence, cue),
            };
            decision = new SieveDecision(cue, source, context.SpeakerOf(source));
            return true;
        }

        return false;
    }
}
