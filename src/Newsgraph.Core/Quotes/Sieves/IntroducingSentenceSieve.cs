namespace Newsgraph.Core.Quotes.Sieves;

/// <summary>A quote after a sentence that introduces it with a colon: "Ban was blunt: ..." or "Kerry said:".</summary>
internal sealed class IntroducingSentenceSieve : IDirectQuoteSieve
{
    public AttributionRule Rule => AttributionRule.IntroducingSentence;

    public bool TryAttribute(QuoteContext context, DirectQuote quote, IReadOnlyList<Cue> cues, IReadOnlyList<Quote> earlier, out SieveDecision decision)
    {
        decision = default;
        var previous = quote.OpeningSentence - 1;
        if (previous < 0) return false;
        var sentence = context.Document.Sentences[previous];
        if (context.Word(sentence.EndToken - 1) is not ":") return false;
        for (var c = cues.Count - 1; c >= 0; c--)
        {
            var cue = cues[c];
            if (cue.Sentence != previous) continue;
            var source = cue.Form == CueForm.Participle ? SourceFinder.ClauseSubject(context, sentence, cue.FirstToken) : SourceFinder.Before(context, sentence, cue.FirstToken);
            decision = new SieveDecision(cue, source, context.SpeakerOf(source));
            return true;
        }

        return false;
    }
}
