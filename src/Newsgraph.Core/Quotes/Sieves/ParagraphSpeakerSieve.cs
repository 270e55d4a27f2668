namespace Newsgraph.Core.Quotes.Sieves;

/// <summary>
/// A quote with no cue of its own continues the speaker of the quote before it in the same paragraph, or of the
/// previous paragraph's last quote when the new paragraph opens with the quotation.
/// </summary>
internal sealed class ParagraphSpeakerSieve : IDirectQuoteSieve
{
    public AttributionRule Rule => AttributionRule.ParagraphSpeaker;

    public bool TryAttribute(QuoteContext context, DirectQuote quote, CueList cues, IReadOnlyList<Quote> earlier, out SieveDecision decision)
    {
        decision = default;
        if (earlier.Count == 0) return false;
        var previousQuote = earlier[^1];
        if (previousQuote.Source is null && previousQuote.Speaker < 0) return false;
        var sentences = context.Document.Sentences;
        var paragraph = sentences[quote.OpeningSentence].Paragraph;
        var previousSentence = context.Document.SentenceIndexOf(context.Document.TokenIndexAt(previousQuote.Content.End - 1));
        var previousParagraph = sentences[previousSentence].Paragraph;
        var opensParagraph = sentences[quote.OpeningSentence].FirstToken == quote.FirstToken
            && context.Document.Paragraphs[paragraph].FirstSentence == quote.OpeningSentence;
        if (previousParagraph != paragraph && !(opensParagraph && previousParagraph == paragraph - 1)) return false;
        decision = new SieveDecision(null, previousQuote.Source, previousQuote.Speaker);
        return true;
    }
}
