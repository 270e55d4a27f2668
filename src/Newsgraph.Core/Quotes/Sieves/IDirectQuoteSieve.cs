namespace Newsgraph.Core.Quotes.Sieves;

/// <summary>
/// One way of finding who said a direct quote. Sieves run from the most to the least precise (Muzny et al. 2017):
/// the first that answers wins, and its rule is recorded on the quote.
/// </summary>
internal interface IDirectQuoteSieve
{
    AttributionRule Rule { get; }

    bool TryAttribute(QuoteContext context, DirectQuote quote, CueList cues, IReadOnlyList<Quote> earlier, out SieveDecision decision);
}
