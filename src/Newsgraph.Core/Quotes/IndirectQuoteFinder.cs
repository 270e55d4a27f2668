using Newsgraph.Core.Mentions;
using Newsgraph.Core.Tagging;
using Newsgraph.Core.Text;

namespace Newsgraph.Core.Quotes;

/// <summary>
/// Reported speech without (or with only some) quotation marks: "Kerry said that ...", "The plan failed, he said",
/// "according to the report, ...". Each cue that no direct quote took and that is not inside the content
/// of an earlier cue yields an attribution. The content is the clause after the cue, up to the next cue that starts a
/// clause of its own ("X endorsed A and said B", "..., but she said ..."); or the clause before the cue when the
/// cue closes the sentence.
/// </summary>
internal static class IndirectQuoteFinder
{
    private const int MinContentTokens = 3;

    public static IEnumerable<Quote> Find(QuoteContext context, AttributionModel model, IReadOnlyList<Cue> cues, bool[] tokenTaken)
    {
        var sentences = context.Document.Sentences;
        var quotes = new List<Quote>();
        var first = 0;
        while (first < cues.Count)
        {
            var sentence = cues[first].Sentence;
            var end = first;
            while (end < cues.Count && cues[end].Sentence == sentence) end++;
            FromSentence(context, model, sentences[sentence], cues, first, end, tokenTaken, quotes);
            first = end;
        }

        return quotes;
    }

    private static void FromSentence(QuoteContext context, AttributionModel model, Sentence sentence, IReadOnlyList<Cue> cues, int first, int end, bool[] tokenTaken, List<Quote> quotes)
    {
        var coveredUntil = sentence.FirstToken;
        TextSpan? previousSource = null;
        for (var c = first; c < end; c++)
        {
            var cue = cues[c];
            if (cue.FirstToken < coveredUntil) continue; // inside the content of an earlier cue: "said that she believes ..."
            if (tokenTaken[cue.FirstToken]) continue; // a direct quote's cue
            var limit = ContentEnd(context, sentence);
            for (var next = c + 1; next < end; next++)
            {
                var boundary = ClauseBoundaryBefore(context, sentence, cues[next], cue.EndToken);
                if (boundary < 0) continue;
                limit = boundary;
                break;
            }

            // Content stops before a direct quote that follows the cue in the sentence.
            for (var k = cue.EndToken; k < limit; k++)
            {
                if (!tokenTaken[k]) continue;
                limit = k;
                break;
            }

            if (!TryBuild(context, model, sentence, cue, limit, previousSource, out var quote, out var contentEnd)) continue;
            if (Overlaps(tokenTaken, context.Document.TokenIndexAt(quote.Content.Start), contentEnd)) continue;
            quotes.Add(quote);
            previousSource = quote.Source;
            coveredUntil = Math.Max(coveredUntil, Math.Max(cue.EndToken, contentEnd));
        }
    }

    /// <summary>
    /// Where the clause of a later cue begins, when it is a clause of its own: a coordinated verb ("and said") or a
    /// new subject after a coordinator (", but she said"). -1 when the later cue is nested in the earlier content.
    /// </summary>
    private static int ClauseBoundaryBefore(QuoteContext context, Sentence sentence, Cue next, int after)
    {
        var k = next.FirstToken - 1;
        while (k > after && SourceFinder.IsSkippedBeforeCue(context.Word(k))) k--;
        if (k <= after) return -1;
        if (IsCoordinator(context.Word(k))) return k;
        if (SourceFinder.Before(context, sentence, next.FirstToken) is not { } source) return -1;
        var beforeSource = context.Document.TokenIndexAt(source.Start) - 1;
        return beforeSource > after && IsCoordinator(context.Word(beforeSource)) ? beforeSource : -1;
    }

    private static bool Overlaps(bool[] tokenTaken, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (tokenTaken[k]) return true;
        }

        return false;
    }

    private static bool IsCoordinator(ReadOnlySpan<char> word) => word is "and" or "but" or "," or ";" or "while" or "although" or "though" or "—";

    private static bool TryBuild(QuoteContext context, AttributionModel model, Sentence sentence, Cue cue, int limit, TextSpan? previousSource, out Quote quote, out int contentEnd)
    {
        quote = null!;
        var minTokens = MinContentTokens;
        TextSpan? source;
        SourceRule sourceRule;
        var contentRule = ContentRule.ClauseRule;
        int contentFirst;
        // When the cue interrupts the content, its first part ends at leftPartEnd and the second starts at rightPartStart.
        var leftPartEnd = -1;
        var rightPartStart = -1;
        if (cue.Form == CueForm.AccordingTo)
        {
            source = SourceFinder.AccordingTo(context, sentence, cue.EndToken, out var phraseEnd);
            sourceRule = SourceRule.AccordingToObject;
            if (cue.FirstToken - sentence.FirstToken <= 1)
            {
                contentFirst = SkipPunctuation(context, phraseEnd, sentence);
                contentEnd = limit;
            }
            else if (IsBetweenCommas(context, cue.FirstToken, phraseEnd) && limit - (phraseEnd + 1) >= MinContentTokens)
            {
                // "The plan, according to the report, was never funded."
                leftPartEnd = cue.FirstToken - 1;
                rightPartStart = phraseEnd + 1;
                contentFirst = sentence.FirstToken;
                contentEnd = limit;
            }
            else
            {
                contentFirst = sentence.FirstToken;
                contentEnd = TrimTrailingConnectives(context, cue.FirstToken);
            }
        }
        else if (cue.Form == CueForm.Verb && OpensSentence(context, sentence, cue))
        {
            // An opening participle: "Worried the target might slip, the government proposed a levy."
            contentFirst = cue.EndToken;
            contentEnd = contentFirst;
            while (contentEnd < limit && context.Word(contentEnd) is not ",") contentEnd++;
            // "Asked by Mira Sexton whether ..., she said": an opening past participle is passive, its source the agent
            // if any ("Asked about the plan, Kerry said ..." has none: Kerry was asked), unless it is of a state ("Worried ...").
            var passive = PassiveCue.IsOpeningPassive(context, cue.FirstToken);
            source = passive ? PassiveCue.Agent(context, sentence, cue.EndToken)
                : contentEnd < sentence.EndToken && context.Word(contentEnd) is "," ? SourceFinder.SubjectAfterOpeningClause(context, sentence, contentEnd) : null;
            sourceRule = passive ? SourceRule.PassiveAgent : SourceRule.SubjectAfterContent;
        }
        else if (InvertedSubject(context, sentence, cue, limit) is { } inverted)
        {
            // "The plan failed, said Ana Torres, a port official.": the cue closes the clause it reports.
            source = inverted;
            sourceRule = SourceRule.SubjectAfterCue;
            contentFirst = sentence.FirstToken;
            contentEnd = TrimTrailingConnectives(context, cue.FirstToken);
        }
        else
        {
            // The learned ranker skips what belongs to the cue phrase or an adjunct: "told reporters [that ...]", "calling on [...]".
            var afterFirst = model.BestContentStart(context, sentence, cue.EndToken - 1, limit);
            // A short rest after the cue is its object ("announced [his resignation]", "endorsed [Clinton]") unless it
            // holds only times and punctuation ("The plan failed, he said on Tuesday.").
            if (limit - afterFirst >= MinContentTokens || HasObjectWord(context, afterFirst, limit))
            {
                contentFirst = afterFirst;
                // The learned ranker picks where the content stops: "rejected [the plan] and left" as PolNeAR marks it.
                // A that-, whether- or if-clause holds its verb: "that Ana Torres, the port's director, would resign".
                contentEnd = model.BestContentEnd(context, sentence, cue.EndToken - 1, contentFirst, limit, ClauseVerbEnd(context, contentFirst, limit));
                minTokens = 1;
                contentRule = ContentRule.LearnedRankers;
                var participle = cue.Form == CueForm.Participle;
                var passive = !participle && PassiveCue.IsPassive(context, sentence, cue.FirstToken);
                var sourceless = passive || SourcelessCue.IsSourceless(context, sentence, cue.FirstToken);
                source = participle ? SourceFinder.ClauseSubject(context, sentence, cue.FirstToken)
                    : sourceless ? (passive ? PassiveCue.Agent(context, sentence, cue.EndToken) : null)
                    : SourceFinder.Before(context, sentence, cue.FirstToken);
                sourceRule = participle ? SourceRule.ClauseSubject : passive ? SourceRule.PassiveAgent : SourceRule.SubjectBeforeCue;
                if (source is null && sourceless && cue.Form == CueForm.Verb && SourceFinder.Before(context, sentence, cue.FirstToken) is { } subject
                    && context.Document.TokenIndexAt(subject.Start) is var subjectFirst && subjectFirst >= sentence.FirstToken)
                {
                    // "The ruling is widely expected [to favour Velmora]": a cue that names no source reports its subject
                    // too, as PolNeAR marks it, so the content runs around the cue.
                    leftPartEnd = context.Document.TokenIndexAt(subject.End - 1) + 1;
                    rightPartStart = contentFirst;
                    contentFirst = subjectFirst;
                }
                if (source is null && !sourceless && context.Document.PartOfSpeechSpan[cue.FirstToken] is Tagging.PennTag.Vbg)
                {
                    // "Biden, in a speech, ... accusing him of ...": a participle without its comma still takes the clause's subject.
                    (source, sourceRule) = (SourceFinder.ClauseSubject(context, sentence, cue.FirstToken), SourceRule.ClauseSubject);
                }
                if (cue.Form == CueForm.Verb && source is { } between && IsBetweenCommas(context, context.Document.TokenIndexAt(between.Start), cue.EndToken)
                    && context.Document.TokenIndexAt(between.Start) - 1 - sentence.FirstToken >= 2)
                {
                    // "The plan, he said, was never funded.": the content runs on both sides of "he said".
                    leftPartEnd = context.Document.TokenIndexAt(between.Start) - 1;
                    rightPartStart = cue.EndToken + 1;
                    contentFirst = sentence.FirstToken;
                }

                if (source is null && !sourceless && cue.Form == CueForm.Verb && SourceFinder.CoordinatedSubject(context, sentence, cue.FirstToken) is { } coordinated)
                    (source, sourceRule) = (coordinated, SourceRule.CoordinatedVerbSubject);
                if (source is null && !sourceless && previousSource is not null) (source, sourceRule) = (previousSource, SourceRule.EarlierSourceInSentence);
            }
            else
            {
                // The cue closes the sentence: "The plan failed, he said." or "..., said Kerry."
                source = SourceFinder.Before(context, sentence, cue.FirstToken);
                sourceRule = SourceRule.SubjectBeforeCue;
                var sourceFirst = source is { } s ? context.Document.TokenIndexAt(s.Start) : cue.FirstToken;
                if (source is null) (source, sourceRule) = (SourceFinder.After(context, sentence, cue.EndToken), SourceRule.SubjectAfterCue);
                contentFirst = sentence.FirstToken;
                contentEnd = TrimTrailingConnectives(context, sourceFirst);
            }
        }

        contentEnd = TrimTrailingConnectives(context, contentEnd);
        if (contentEnd - contentFirst < minTokens) return false;
        var content = context.SpanOf(contentFirst, contentEnd);
        var kind = context.AnyQuoted(contentFirst, contentEnd) ? QuoteKind.Mixed : QuoteKind.Indirect;
        source = SourceFinder.WithAntecedent(context, sentence, source);
        quote = new Quote(kind, content, context.SpanOf(cue.FirstToken, cue.EndToken), source, context.SpeakerOf(source), AttributionRule.AdjacentCue)
        {
            CueScore = cue.ModelScore,
            SourceRule = source is null ? SourceRule.None : sourceRule,
            ContentRule = contentRule,
        };
        if (leftPartEnd > contentFirst && rightPartStart < contentEnd)
        {
            quote = quote with { Parts = [context.SpanOf(contentFirst, leftPartEnd), context.SpanOf(rightPartStart, contentEnd)] };
        }

        return true;
    }

    /// <summary>
    /// A cue that opens its sentence, alone or after a preposition of time or manner: "Worried the plan might fail,
    /// ...", "After thanking the crowd, he ...", "By voting to delay the tax, Democrats ...".
    /// </summary>
    private static bool OpensSentence(QuoteContext context, Sentence sentence, Cue cue) =>
        cue.FirstToken == sentence.FirstToken
        || cue.FirstToken == sentence.FirstToken + 1 && context.Document.PartOfSpeechSpan[cue.FirstToken] is Tagging.PennTag.Vbg
            && context.Word(sentence.FirstToken) is "After" or "Before" or "While" or "By" or "In" or "Despite" or "Since" or "When" or "Upon" or "Without";

    /// <summary>
    /// The subject after a cue that closes its clause: a comma or a quotation before the cue, then a person or
    /// organisation mention right after it that runs to the end of the sentence, a time or an apposition (", said
    /// Ana Torres, a port official"; the apposition is part of the source, as PolNeAR marks it). Null otherwise.
    /// </summary>
    private static TextSpan? InvertedSubject(QuoteContext context, Sentence sentence, Cue cue, int limit)
    {
        var before = cue.FirstToken - 1;
        if (cue.Form != CueForm.Verb || before <= sentence.FirstToken || cue.EndToken >= limit) return null;
        if (context.Word(before) is not "," && !context.IsQuoted(before)) return null;
        var mention = context.MentionAt(cue.EndToken);
        if (mention < 0 || context.Document.Mentions[mention].Type is not (EntityType.Person or EntityType.Organization)) return null;
        var document = context.Document;
        var mentionEnd = document.TokenIndexAt(document.Mentions[mention].Span.End - 1) + 1;
        if (document.TokenIndexAt(document.Mentions[mention].Span.Start) != cue.EndToken) return null;
        if (mentionEnd >= limit) return context.SpanOf(cue.EndToken, mentionEnd);
        if (context.Word(mentionEnd) is ",") return context.SpanOf(cue.EndToken, limit);
        return HasObjectWord(context, mentionEnd, limit) ? null : context.SpanOf(cue.EndToken, mentionEnd);
    }

    /// <summary>
    /// After the first finite verb of a content that opens with a complementiser ("that", "whether", "if"); 0 for
    /// other contents or when no such verb comes before <paramref name="limit"/>.
    /// </summary>
    private static int ClauseVerbEnd(QuoteContext context, int first, int limit)
    {
        if (context.Word(first) is not ("that" or "whether" or "if")) return 0;
        var tags = context.Document.PartOfSpeechSpan;
        for (var k = first + 1; k < limit; k++)
        {
            if (tags[k].IsFiniteVerb()) return k + 1;
        }

        return 0;
    }

    /// <summary>True when tokens [first, end) hold a word that is not a time word ("Tuesday", "last week").</summary>
    private static bool HasObjectWord(QuoteContext context, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (context.Document.TokenSpan[k].Kind is TokenKind.Word or TokenKind.Number && !SourceFinder.IsTimeWord(context.Word(k))) return true;
        }

        return false;
    }

    /// <summary>True when tokens [first, end) stand between commas: ", he said," or ", according to the report,".</summary>
    private static bool IsBetweenCommas(QuoteContext context, int first, int end) =>
        first > 0 && end < context.Document.TokenSpan.Length && context.Word(first - 1) is "," && context.Word(end) is ",";

    private static int SkipPunctuation(QuoteContext context, int k, Sentence sentence)
    {
        while (k < sentence.EndToken && context.Word(k) is "," or ":" or "—" or "-" or "–") k++;
        return k;
    }

    /// <summary>The sentence's end without its final full stop (kept when a closing quotation mark follows it).</summary>
    public static int ContentEnd(QuoteContext context, Sentence sentence)
    {
        var end = sentence.EndToken;
        while (end > sentence.FirstToken && context.Document.TokenSpan[end - 1].Kind == TokenKind.Punctuation && context.Word(end - 1) is "." or "," or ";" or ":" or "!" or "?" or "…")
            end--;
        return end;
    }

    /// <summary>Drops what cannot end a content: commas, colons, dashes, "and", "but".</summary>
    private static int TrimTrailingConnectives(QuoteContext context, int end)
    {
        while (end > 0 && context.Word(end - 1) is "," or "—" or ":" or "-" or ";" or "and" or "but") end--;
        return end;
    }

}
