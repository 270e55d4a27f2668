using Newsgraph.Core.Mentions;

namespace Newsgraph.Core.Quotes.Sieves;

/// <summary>The last resort: the nearest person mentioned before the quote, outside quotations, in its paragraph or the one before.</summary>
internal sealed class NearestMentionSieve : IDirectQuoteSieve
{
    public AttributionRule Rule => AttributionRule.NearestMention;

    public bool TryAttribute(QuoteContext context, DirectQuote quote, CueList cues, IReadOnlyList<Quote> earlier, out SieveDecision decision)
    {
        decision = default;
        var document = context.Document;
        var mentions = document.Mentions;
        var sentences = document.Sentences;
        var paragraph = sentences[quote.OpeningSentence].Paragraph;
        for (var m = context.FirstMentionEndingAfter(quote.Content.Start); m >= 0; m--)
        {
            if (m == mentions.Count) continue;
            var mention = mentions[m];
            if (mention.Span.Start >= quote.Content.Start) continue;
            if (sentences[mention.Sentence].Paragraph < paragraph - 1) return false;
            var entity = document.EntityOf(m);
            if (entity < 0 || document.Entities[entity].Type != EntityType.Person) continue;
            if (context.IsQuoted(context.Document.TokenIndexAt(mention.Span.Start))) continue;
            decision = new SieveDecision(null, mention.Span, entity);
            return true;
        }

        return false;
    }
}
