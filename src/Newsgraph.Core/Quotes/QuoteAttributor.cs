using Newsgraph.Core.Pipeline;
using Newsgraph.Core.Text;
using Newsgraph.Core.Quotes.Sieves;

namespace Newsgraph.Core.Quotes;

/// <summary>
/// Finds every attribution of a document. Paragraphs opening with a speaker label ("Torres: ...") come first. Direct
/// quotes (quotations of a few words or more; a quote running over several paragraphs is one) go through the sieves
/// in order of precision; then each sentence with an unused cue yields an indirect or mixed attribution.
/// </summary>
public sealed class QuoteAttributor : IPipelineStage
{
    /// <summary>Quotations of fewer tokens are scare quotes or titles, not quotes of their own.</summary>
    private const int MinDirectQuoteTokens = 4;

    private readonly CueFinder _cueFinder;
    private readonly IDirectQuoteSieve[] _sieves =
    [
        new TrailingCueSieve(),
        new LeadingCueSieve(),
        new IntroducingSentenceSieve(),
        new ParagraphSpeakerSieve(),
        new NearestMentionSieve(),
    ];

    private readonly AttributionModel _model;

    private readonly double _minCueScore;

    /// <param name="model">The learned cue and content scorers.</param>
    /// <param name="minCueScore">A word starts an indirect attribution when the model scores it above this.</param>
    /// <param name="minQuoteCueScore">
    /// The lower bar for a cue that a sieve takes for a direct quote: next to a quotation a reporting word is far more
    /// likely a cue. Both thresholds were tuned on our PolNeAR dev split.
    /// </param>
    public QuoteAttributor(AttributionModel model, double minCueScore = 1, double minQuoteCueScore = -5)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _minCueScore = minCueScore;
        _cueFinder = new CueFinder(model, Math.Min(minCueScore, minQuoteCueScore));
    }

    public string Name => "quote-attributor";

    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Paragraphs | Layers.Quotations | Layers.PartsOfSpeech | Layers.Mentions | Layers.Entities;

    public Layers Produces => Layers.Quotes;

    public void Process(Document document)
    {
        var context = new QuoteContext(document);
        var cues = new CueList(_cueFinder.Find(context), document.Sentences.Count);
        var quotes = new List<Quote>();
        // The tokens of each direct quote and of the cue it took: later attributions neither use nor overlap them.
        var tokenTaken = new bool[document.TokenSpan.Length];
        // Only a label and its colon are taken: the labelled content may report others' words in turn.
        var labelled = SpeakerLabelFinder.Find(context);
        foreach (var quote in labelled)
        {
            quotes.Add(quote);
            var from = document.TokenIndexAt(quote.Source!.Value.Start);
            Array.Fill(tokenTaken, true, from, document.TokenIndexAt(quote.Cue!.Value.Start) + 1 - from);
        }

        foreach (var direct in DirectQuotes(context))
        {
            // A quotation right after a speaker label ("Torres: “...”") is that label's content; one inside the reported
            // clause of an earlier quotation ("that the council is “like a spoiled child” and “not a serious partner”") is that quote's.
            if (labelled.Any(quote => quote.Content.Start == direct.Content.Start) || tokenTaken[direct.FirstToken]) continue;
            var quote = Attribute(context, direct, cues, quotes);
            if (quote.Rule is not (AttributionRule.AdjacentCue or AttributionRule.IntroducingSentence) && IsPartOfReportedClause(context, direct, cues, _minCueScore)) continue;
            if (quote.Rule == AttributionRule.ParagraphSpeaker && ContinuesAfterItsCue(context, quotes[^1], direct)
                || SharesItsCue(quotes, quote))
            {
                var previous = quotes[^1];
                quotes[^1] = previous with { Content = new TextSpan(previous.Content.Start, direct.Content.End), Parts = [.. previous.Parts, .. quote.Parts] };
            }
            else
            {
                quote = WithClauseBefore(context, direct, WithReportedClause(context, direct, quote), cues, tokenTaken);
                quotes.Add(quote);
            }

            // A quotation no cue claims stays open to the reported clause of a later cue ("The port was “a disaster” for
            // months, Torres said."); if one takes it in, it is dropped below.
            if (quote.Rule == AttributionRule.None) continue;
            var takenFrom = document.TokenIndexAt(quote.Content.Start);
            var takenEnd = Math.Max(direct.EndToken, document.TokenIndexAt(quote.Content.End - 1) + 1);
            Array.Fill(tokenTaken, true, takenFrom, takenEnd - takenFrom);
            if (quote.Cue is { } cue) Array.Fill(tokenTaken, true, document.TokenIndexAt(cue.Start), document.TokenIndexAt(cue.End - 1) + 1 - document.TokenIndexAt(cue.Start));
        }

        var indirect = IndirectQuoteFinder.Find(context, _model, [.. cues.All.Where(cue => cue.Score > _minCueScore)], tokenTaken).ToList();
        quotes.RemoveAll(quote => quote.Rule == AttributionRule.None && indirect.Any(other => other.Content.Start <= quote.Content.Start && quote.Content.End <= other.Content.End));
        quotes.AddRange(indirect);
        quotes.Sort((a, b) => a.Content != b.Content ? a.Content.CompareTo(b.Content) : Nullable.Compare(a.Cue?.Start, b.Cue?.Start));
        JoinQuotesThatContinueReportedSpeech(context, quotes);
        for (var q = 0; q < quotes.Count; q++)
        {
            if (quotes[q].Speaker < 0 && context.GroupOf(quotes[q].Source) is { Count: > 0 } group) quotes[q] = quotes[q] with { Speakers = group };
        }

        document.SetQuotes([.. quotes]);
    }

    private Quote Attribute(QuoteContext context, DirectQuote direct, CueList cues, List<Quote> earlier)
    {
        foreach (var sieve in _sieves)
        {
            if (!sieve.TryAttribute(context, direct, cues, earlier, out var decision)) continue;
            var cue = decision.Cue is { } c ? context.SpanOf(c.FirstToken, c.EndToken) : (TextSpan?)null;
            return new Quote(QuoteKind.Direct, direct.Content, cue, decision.Source, decision.Speaker, sieve.Rule)
            {
                CueScore = decision.Cue?.ModelScore,
            };
        }

        return new Quote(QuoteKind.Direct, direct.Content, null, null, -1, AttributionRule.None);
    }

    /// <summary>
    /// "Torres said that 4,000 boats would be inspected. “That adds up to 9,000 a year.”": a quotation without a cue of its own
    /// that opens the sentence after an indirect attribution of the same speaker continues it, as PolNeAR marks it.
    /// </summary>
    private static void JoinQuotesThatContinueReportedSpeech(QuoteContext context, List<Quote> quotes)
    {
        var document = context.Document;
        for (var q = quotes.Count - 1; q > 0; q--)
        {
            var quote = quotes[q];
            var previous = quotes[q - 1];
            if (quote.Kind != QuoteKind.Direct || quote.Cue is not null || previous.Kind == QuoteKind.Direct || previous.Speaker < 0 || previous.Speaker != quote.Speaker) continue;
            var previousSentence = document.SentenceIndexOf(document.TokenIndexAt(previous.Content.End - 1));
            var quoteSentence = document.SentenceIndexOf(document.TokenIndexAt(quote.Content.Start));
            if (quoteSentence != previousSentence + 1 || document.Sentences[quoteSentence].FirstToken != document.TokenIndexAt(quote.Content.Start)) continue;
            quotes[q - 1] = previous with { Kind = QuoteKind.Mixed, Content = new TextSpan(previous.Content.Start, quote.Content.End), Parts = [.. previous.Parts, .. quote.Parts] };
            quotes.RemoveAt(q);
        }
    }

    /// <summary>Fewest words between a leading cue and its quotation that make a lead-in of the content, not a cue phrase.</summary>
    private const int MinLeadInWords = 1;

    /// <summary>
    /// "Torres observed, the real winner was the harbour itself: “...”" and "said the harbour “will reopen before the storms”
    /// if the council pays": words between a leading cue and the quotation it introduces, and the words of the
    /// sentence after it, are reported content too, as PolNeAR marks them. The content starts where the content-start
    /// ranker says and ends where the content-end ranker says, never inside the quotation, and the quote becomes
    /// mixed. A cue phrase alone ("told reporters:") leaves the quote as it was.
    /// </summary>
    private Quote WithReportedClause(QuoteContext context, DirectQuote direct, Quote quote)
    {
        if (quote.Cue is not { } cue || cue.End > direct.Content.Start || quote.Rule != AttributionRule.AdjacentCue) return quote;
        var document = context.Document;
        var cueLast = document.TokenIndexAt(cue.End - 1);
        var cueSentence = document.SentenceIndexOf(cueLast);
        var sentence = document.Sentences[cueSentence];
        var limit = Math.Min(direct.FirstToken, sentence.EndToken);
        // The quotation's own first token is a candidate too: starting there leaves no lead-in ("told reporters: “...”").
        var start = limit > cueLast + 1 ? Math.Min(_model.BestContentStart(context, sentence, cueLast, Math.Min(limit + 1, sentence.EndToken)), limit) : limit;
        TextSpan? leadIn = CountWords(document, start, limit) >= MinLeadInWords ? context.SpanOf(start, limit) : null;
        TextSpan? tail = null;
        // Only a quotation inside a reported clause runs on into it; one right after its cue ("saying, “...” after
        // meeting the council") is the whole of what was said, and the words after it belong to the cue's own clause.
        // A quotation right after its cue that is the subject of a verb after it ("said “most harbours” are unsafe")
        // is only the start of the reported clause.
        var quotationIsSubject = direct.EndToken < sentence.EndToken && Tagging.PennTags.IsFiniteVerb(document.PartOfSpeechSpan[direct.EndToken]);
        if ((leadIn is not null || quotationIsSubject) && direct.ClosingSentence == cueSentence)
        {
            var tailLimit = IndirectQuoteFinder.ContentEnd(context, sentence);
            if (CountWords(document, direct.EndToken, tailLimit) > 0)
            {
                var end = _model.BestContentEnd(context, sentence, cueLast, start, tailLimit, direct.EndToken);
                if (end > direct.EndToken) tail = context.SpanOf(direct.EndToken, end);
            }
        }

        if (leadIn is null && tail is null) return quote;
        var parts = new List<TextSpan>(3);
        if (leadIn is { } before) parts.Add(before);
        parts.AddRange(quote.Parts);
        if (tail is { } after) parts.Add(after);
        return quote with { Kind = QuoteKind.Mixed, Content = new TextSpan(parts[0].Start, parts[^1].End), Parts = parts, ContentRule = ContentRule.LeadInAndQuotation };
    }

    /// <summary>
    /// "Brandt had worked at the port for years and was “a respected colleague,” Torres added.": a quotation closed by
    /// its cue but opened inside a sentence is the end of the clause the cue reports, as PolNeAR marks it, so the words
    /// from the sentence's start are content too, unless a cue before the quotation or an earlier quote claims them.
    /// </summary>
    private Quote WithClauseBefore(QuoteContext context, DirectQuote direct, Quote quote, CueList cues, bool[] tokenTaken)
    {
        if (quote.Cue is not { } cue || cue.Start < direct.Content.End || quote.Rule != AttributionRule.AdjacentCue || quote.Parts.Count != 1) return quote;
        var document = context.Document;
        var sentence = document.Sentences[direct.OpeningSentence];
        if (CountWords(document, sentence.FirstToken, direct.FirstToken) < MinClauseWordsBefore) return quote;
        for (var k = sentence.FirstToken; k < direct.FirstToken; k++)
        {
            if (tokenTaken[k] || context.IsQuoted(k)) return quote;
        }

        foreach (var other in cues.InSentence(direct.OpeningSentence))
        {
            if (other.EndToken <= direct.FirstToken && other.Score > _minCueScore) return quote;
        }

        var before = context.SpanOf(sentence.FirstToken, direct.FirstToken);
        return quote with { Kind = QuoteKind.Mixed, Content = new TextSpan(before.Start, quote.Content.End), Parts = [before, .. quote.Parts], ContentRule = ContentRule.ClauseBeforeQuotation };
    }

    /// <summary>Fewest words before a quotation that make it the end of a longer reported clause.</summary>
    private const int MinClauseWordsBefore = 2;

    private static int CountWords(Document document, int first, int end)
    {
        var words = 0;
        for (var k = first; k < end; k++)
        {
            if (document.TokenSpan[k].Kind is TokenKind.Word or TokenKind.Number) words++;
        }

        return words;
    }

    /// <summary>
    /// A quotation inside a sentence whose cue comes before it but not next to it ("said that the plan is “a
    /// disaster”") is the quoted part of a mixed quote: the indirect finder attributes the whole clause.
    /// </summary>
    private static bool IsPartOfReportedClause(QuoteContext context, DirectQuote direct, CueList cues, double minCueScore)
    {
        var sentence = context.Document.Sentences[direct.OpeningSentence];
        if (sentence.FirstToken == direct.FirstToken) return false;
        foreach (var cue in cues.InSentence(direct.OpeningSentence))
        {
            // Only a cue strong enough to start an indirect attribution of its own takes the quotation into its clause.
            if (cue.EndToken <= direct.FirstToken && cue.Score > minCueScore) return true;
        }

        // "Revenue was “flat” as traders waited, Torres said.": a cue that closes the sentence reports the clause
        // the quotation sits in, after words of that clause.
        var closing = context.Document.Sentences[direct.ClosingSentence];
        foreach (var cue in cues.InSentence(direct.ClosingSentence))
        {
            if (cue.FirstToken > direct.EndToken && cue.Score > minCueScore && CountWords(context.Document, direct.EndToken, cue.FirstToken) >= MinClauseWordsBefore
                && ClosesSentence(context, closing, cue)) return true;
        }

        return false;
    }

    /// <summary>Most words after a cue that still closes its sentence: its source and a time ("Torres said on Monday").</summary>
    private const int MaxWordsAfterClosingCue = 3;

    /// <summary>Whether only a few words (its source, a time) or an inverted subject follow the cue to its sentence's end.</summary>
    private static bool ClosesSentence(QuoteContext context, Sentence sentence, Cue cue) =>
        CountWords(context.Document, cue.EndToken, sentence.EndToken) <= MaxWordsAfterClosingCue
        || context.MentionAt(cue.EndToken) is var mention and >= 0 && context.Document.Mentions[mention].Type is Mentions.EntityType.Person or Mentions.EntityType.Organization;

    /// <summary>"“A,” Torres said, “B.”": a quotation whose cue the quote before it took is the rest of that attribution.</summary>
    private static bool SharesItsCue(List<Quote> quotes, Quote quote) =>
        quote.Cue is { } cue && quotes.Count > 0 && quotes[^1].Kind == QuoteKind.Direct && quotes[^1].Cue == cue;

    /// <summary>
    /// "“A,” she said. “B.”": a quote that follows its predecessor's trailing cue in the same paragraph continues the
    /// same attribution, so the two become one attribution in two parts.
    /// </summary>
    private static bool ContinuesAfterItsCue(QuoteContext context, Quote previous, DirectQuote next)
    {
        var document = context.Document;
        if (previous.Kind != QuoteKind.Direct || previous.Cue is not { } cue || cue.Start < previous.Content.End) return false;
        var sentences = document.Sentences;
        var cueSentence = document.SentenceIndexOf(context.Document.TokenIndexAt(cue.Start));
        return sentences[cueSentence].Paragraph == sentences[next.OpeningSentence].Paragraph && next.OpeningSentence - cueSentence <= 1;
    }

    /// <summary>Most words a quotation in title case has and still reads as a name of a work, not a quote.</summary>
    private const int MaxTitleWords = 12;

    /// <summary>Words a title leaves in lower case: "The Return of the Fleet" has only small ones, "Fleet returns to port" has others.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleSmallWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "for", "and", "in", "on", "to", "at", "by", "with", "or", "from", "vs.", "vs", "&",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when every word of the quotation is capitalised or a small word (“The Velmora Morning Hour”, “Harbour
    /// Lights: The Return of the Fleet”): a title of a show, book or campaign, which PolNeAR does not attribute.
    /// </summary>
    private static bool IsTitle(QuoteContext context, int first, int end)
    {
        var words = 0;
        for (var k = first; k < end; k++)
        {
            if (context.Document.TokenSpan[k].Kind != TokenKind.Word) continue;
            var word = context.Word(k);
            words++;
            if (!char.IsUpper(word[0]) && !TitleSmallWords.Contains(word)) return false;
        }

        return words <= MaxTitleWords;
    }

    /// <summary>Quotations long enough to be quotes, with multi-paragraph chains joined.</summary>
    private static List<DirectQuote> DirectQuotes(QuoteContext context)
    {
        var document = context.Document;
        var quotations = document.Quotations;
        var result = new List<DirectQuote>();
        for (var q = 0; q < quotations.Count; q++)
        {
            var first = quotations[q];
            var last = first;
            while (last.ContinuesIntoNext && q + 1 < quotations.Count && quotations[q + 1].ContinuesFromPrevious) last = quotations[++q];
            if (first.Equals(last) && (first.InnerTokenCount < MinDirectQuoteTokens || IsTitle(context, first.FirstToken, first.EndToken))) continue;
            result.Add(new DirectQuote(new TextSpan(first.Start, last.End), first.FirstToken, last.EndToken,
                document.SentenceIndexOf(first.FirstToken), document.SentenceIndexOf(last.EndToken - 1)));
        }

        return result;
    }
}
