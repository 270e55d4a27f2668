using System.Globalization;
using System.Text;
using Newsgraph.Core;
using Newsgraph.Core.Mentions;
using Newsgraph.Core.Quotes;

namespace Newsgraph.Cli.Output;

/// <summary>
/// `extract --explain`: for each quote, in plain text, what decided its speaker, cue, source and content: the sieve or
/// rule, the attribution model's cue score, and how the source mention leads to the speaker through coreference.
/// </summary>
internal static class ExplanationWriter
{
    /// <summary>Longest excerpt of a content shown; the offsets give the rest.</summary>
    private const int MaxExcerpt = 100;

    public static string ToText(Document document)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(document.Id.Length > 0 ? document.Id : "article").Append(": ")
            .Append(Count(document.Quotes.Count)).Append(document.Quotes.Count == 1 ? " quote\n" : " quotes\n");
        for (var q = 0; q < document.Quotes.Count; q++)
        {
            var quote = document.Quotes[q];
            text.Append('\n').Append("quote ").Append(Count(q + 1)).Append("  ").Append(KindOf(quote.Kind)).Append("  ")
                .Append(Span(document, quote.Content, MaxExcerpt)).Append('\n');
            text.Append("  speaker  ").Append(Speaker(document, quote)).Append('\n');
            text.Append("  decided  ").Append(Decision(quote)).Append('\n');
            text.Append("  cue      ").Append(quote.Cue is { } cue ? Span(document, cue, MaxExcerpt) + CueScore(quote) : "none").Append('\n');
            text.Append("  content  ").Append(ContentOf(quote.ContentRule)).Append('\n');
        }

        return text.ToString();
    }

    private static string Speaker(Document document, Quote quote)
    {
        if (quote.Speakers.Count == 0)
            return quote.Source is { } unresolved ? $"unknown: the source {Span(document, unresolved, MaxExcerpt)} names no person or organisation" : "unknown: no source";
        var names = string.Join(" and ", quote.Speakers.Select(entity => $"{document.Entities[entity].Name} (entity {Count(entity)})"));
        if (quote.Source is not { } source) return names;
        if (quote.Speaker < 0) return $"{names}: the group {Span(document, source, MaxExcerpt)} counts the people named in the sentence before";
        var link = Link(document, quote.Speaker, source);
        if (link.Length == 0 && quote.Rule == AttributionRule.SpeakerLabel) link = ", a transcript label that spells the person's name or surname";
        return $"{names}, from the source {Span(document, source, MaxExcerpt)}{link}";
    }

    /// <summary>How the source's mention reaches the speaker: by name, or through coreference from a nominal or pronoun.</summary>
    private static string Link(Document document, int speaker, TextSpan source)
    {
        var mentions = document.Mentions;
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Span.End <= source.Start || mention.Span.Start >= source.End || document.EntityOf(m) != speaker) continue;
            var words = $"\"{document.TextOf(mention.Span)}\"";
            return mention.Kind switch
            {
                MentionKind.Name => $", whose name {words} is one of the entity's",
                MentionKind.Nominal => $", whose titled nominal {words} coreference joins to the entity",
                _ => $", whose pronoun {words} coreference resolves to the entity",
            };
        }

        return "";
    }

    private static string Decision(Quote quote) => quote.Kind == QuoteKind.Direct
        ? quote.Rule switch
        {
            AttributionRule.AdjacentCue => "sieve adjacent-cue: a cue and its subject right before or after the quotation",
            AttributionRule.IntroducingSentence => "sieve introducing-sentence: the cue of the sentence that opens the quotation (\"X said:\")",
            AttributionRule.ParagraphSpeaker => "sieve paragraph-speaker: the speaker of the paragraph's earlier quote, or of a quote that runs on",
            AttributionRule.NearestMention => "sieve nearest-mention: the nearest person mentioned before the quotation",
            AttributionRule.SpeakerLabel => "rule speaker-label: the label before the colon that opens the paragraph (\"MORALES: ...\")",
            _ => "no sieve applied",
        }
        : quote.SourceRule switch
        {
            SourceRule.SubjectBeforeCue => "rule subject-before-cue: the phrase ending just before the cue (adverbs, times and asides skipped)",
            SourceRule.SubjectAfterCue => "rule subject-after-cue: the phrase right after the cue (\"..., said Kerry\")",
            SourceRule.ClauseSubject => "rule clause-subject: the subject of the clause a participle cue hangs from",
            SourceRule.AccordingToObject => "rule according-to: the phrase after \"according to\"",
            SourceRule.SubjectAfterContent => "rule opening-participle: the subject after the participle's clause",
            SourceRule.EarlierSourceInSentence => "rule earlier-source: the source of the sentence's earlier cue",
            SourceRule.PassiveAgent => "rule passive-agent: the phrase after \"by\" of a passive cue (\"was criticised by his rivals\")",
            SourceRule.CoordinatedVerbSubject => "rule coordinated-verb: the subject of the verb the cue is coordinated with (\"met the envoy and said\")",
            SourceRule.SpeakerLabel => "rule speaker-label: the name before the colon that opens the paragraph (\"Torres: ...\")",
            _ => "no source found",
        };

    private static string CueScore(Quote quote) => quote.CueScore is { } score
        ? ", attribution-model cue score " + score.ToString("0.000", CultureInfo.InvariantCulture)
        : quote.Cue is null ? "" : ", found by rule";

    private static string ContentOf(ContentRule rule) => rule switch
    {
        ContentRule.Quotation => "the quotation marks",
        ContentRule.LearnedRankers => "start and end chosen by the attribution model's content rankers",
        ContentRule.LeadInAndQuotation => "the words between the cue and the quotation, from where the content-start ranker put the start, then the quotation",
        ContentRule.RestOfParagraph => "the rest of the paragraph after the speaker label's colon",
        ContentRule.ClauseBeforeQuotation => "the words of the sentence before the quotation, then the quotation its trailing cue closes",
        _ => "clause rule: the clause before a closing cue, around \"according to\", or of an opening participle",
    };

    private static string KindOf(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Mixed => "mixed",
        _ => "indirect",
    };

    private static string Span(Document document, TextSpan span, int maxLength)
    {
        var words = string.Join(' ', document.TextOf(span).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        if (words.Length > maxLength) words = string.Concat(words.AsSpan(0, maxLength), "…");
        return $"[{Count(span.Start)},{Count(span.End)}) \"{words}\"";
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
