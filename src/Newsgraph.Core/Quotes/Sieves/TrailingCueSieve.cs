namespace Newsgraph.Core.Quotes.Sieves;

/// <summary>A cue right after the closing mark: "“...”, Kerry said" or "“...”, said Kerry".</summary>
internal sealed class TrailingCueSieve : IDirectQuoteSieve
{
    // Room for a source with an apposition: "“...,” Ana Torres, the party’s chair in Velmora, said".
    private const int MaxGap = 20;

    public AttributionRule Rule => AttributionRule.AdjacentCue;

    public bool TryAttribute(QuoteContext context, DirectQuote quote, CueList cues, IReadOnlyList<Quote> earlier, out SieveDecision decision)
    {
        decision = default;
        var sentence = context.Document.Sentences[quote.ClosingSentence];
        foreach (var cue in cues.InSentence(quote.ClosingSentence))
        {
            if (cue.FirstToken < quote.EndToken) continue;
            if (cue.FirstToken - quote.EndToken > MaxGap) return false;
            var source = SourceFinder.Before(context, sentence, cue.FirstToken);
            if (source is { } before && before.Start < context.Document.TokenSpan[quote.EndToken - 1].End) source = null;
            source ??= SourceFinder.After(context, sentence, cue.EndToken);
            decision = new SieveDecision(cue, source, context.SpeakerOf(source));
            return true;
        }

        return false;
    }
}
