namespace Newsgraph.Core.Quotes.Sieves;

/// <summary>A quote after a sentence that introduces it with a colon: "Ban was blunt: ..." or "Kerry said:".</summary>
internal sealed class IntroducingSentenceSieve : IDirectQuoteSieve
{
    public AttributionRule Rule => AttributionRule.IntroducingSentence;

    public bool TryAttribute(QuoteContext context, DirectQuote quote, CueList cues, IReadOnlyList<Quote> earlier, out SieveDecision decision)
    {
        decision = default;
        var previous = quote.OpeningSentence - 1;
        if (previous < 0) return false;
        var sentence = context.Document.Sentences[previous];
        if (context.Word(sentence.EndToken - 1) is not ":") return false;
        var inSentence = cues.InSentence(previous);
        if (inSentence.IsEmpty) return false;
        var cue = inSentence[^1]; // the cue nearest the colon
        var source = cue.Form == CueForm.Participle ? SourceFinder.ClauseSubject(context, sentence, cue.FirstToken) : SourceFinder.OfVerbCue(context, sentence, cue);
        decision = new SieveDecision(cue, source, context.SpeakerOf(source));
        return true;
    }
}
