using Newsgraph.Core.Mentions;
using Newsgraph.Core.Text;

namespace Newsgraph.Core.Quotes;

/// <summary>
/// Attributions a speaker label makes: a paragraph that opens with a name and a colon, as headlines ("Torres: We
/// will win") and transcripts ("MORALES: Minister, ...", "Q: ...") write them. The colon is the cue, the label the
/// source and the rest of the paragraph the content, as PolNeAR marks them. The label must be a person or
/// organisation name or, as transcripts print speakers, all capitals; "Editor's note:" and "UPDATE:" are no speakers.
/// </summary>
internal static class SpeakerLabelFinder
{
    /// <summary>Most words a label has: "Vice President Joe Biden".</summary>
    private const int MaxLabelTokens = 5;

    /// <summary>Capitalised labels that head a paragraph without a speaker behind them.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotSpeakers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "update", "updated", "correction", "clarification", "note", "editor", "byline", "dateline", "breaking",
        "exclusive", "watch", "read", "related", "photo", "photos", "video", "source", "sources", "credit", "caption",
        "contributing", "disclosure", "warning", "spoiler", "advertisement", "fact", "claim", "verdict", "bottom",
        "more", "also", "see", "listen", "subscribe", "follow", "click", "tags", "topics", "share", "latest",
        "look", "boom", "wow", "email", "e-mail", "phone", "tel", "fax", "web", "website", "twitter", "paid",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words an all-capitals headline has and a speaker's name does not: "DEAL IS OFF:".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "is", "are", "was", "in", "on", "of", "to", "for", "and", "or", "at", "by", "with", "from",
        "not", "no", "it", "this", "that", "how", "why", "what", "who",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The interviewer's and the interviewee's labels in a question-and-answer transcript.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InterviewLabels = new HashSet<string>(StringComparer.Ordinal) { "Q", "A" }.GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<Quote> Find(QuoteContext context)
    {
        var document = context.Document;
        var tokens = document.TokenSpan;
        var quotes = new List<Quote>();
        foreach (var paragraph in document.Paragraphs)
        {
            if (paragraph.FirstSentence >= paragraph.EndSentence) continue;
            var first = document.Sentences[paragraph.FirstSentence].FirstToken;
            var end = document.Sentences[paragraph.EndSentence - 1].EndToken;
            var colon = ColonAfterLabel(context, first, end);
            if (colon < 0) continue;
            var transcript = IsTranscriptLabel(context, first, colon);
            if (!transcript && !IsNamed(context, first, colon)) continue;

            var contentEnd = end;
            while (contentEnd > colon + 1 && tokens[contentEnd - 1].Kind == TokenKind.Punctuation && !context.IsQuoted(contentEnd - 1)) contentEnd--;
            // A label over figures heads a list, not a statement: "Torres: 1,204".
            if (!HasWord(tokens[(colon + 1)..contentEnd])) continue;
            var content = context.SpanOf(colon + 1, contentEnd);
            var source = context.SpanOf(first, colon);
            var kind = transcript || context.AllQuoted(colon + 1, contentEnd) ? QuoteKind.Direct
                : context.AnyQuoted(colon + 1, contentEnd) ? QuoteKind.Mixed : QuoteKind.Indirect;
            var speaker = context.SpeakerOf(source);
            if (speaker < 0 && transcript) speaker = PersonByLabel(document, document.TextOf(source));
            quotes.Add(new Quote(kind, content, context.SpanOf(colon, colon + 1), source, speaker, AttributionRule.SpeakerLabel)
            {
                SourceRule = SourceRule.SpeakerLabel,
                ContentRule = ContentRule.RestOfParagraph,
            });
        }

        return quotes;
    }

    /// <summary>The colon that closes a label of capitalised words opening the paragraph, or -1.</summary>
    private static int ColonAfterLabel(QuoteContext context, int first, int end)
    {
        var tokens = context.Document.TokenSpan;
        for (var k = first; k < end && k <= first + MaxLabelTokens; k++)
        {
            var word = context.Word(k);
            if (word is ":") return k > first && k + 1 < end ? k : -1;
            if (tokens[k].Kind != TokenKind.Word || !char.IsUpper(word[0]) || NotSpeakers.Contains(word.TrimEnd('.'))) return -1;
            // "DEAL IS OFF:": an all-capitals headline, whatever the recogniser made of it.
            if (FunctionWords.Contains(word) && !word.ContainsAnyInRange('a', 'z')) return -1;
        }

        return -1;
    }

    /// <summary>"MORALES", "ANA TORRES", "Q": speakers as transcripts print them.</summary>
    private static bool IsTranscriptLabel(QuoteContext context, int first, int colon)
    {
        if (colon == first + 1 && InterviewLabels.Contains(context.Word(first))) return true;
        var letters = 0;
        for (var k = first; k < colon; k++)
        {
            foreach (var c in context.Word(k))
            {
                if (char.IsLower(c)) return false;
                if (char.IsLetter(c)) letters++;
            }
        }

        // Two letters could be an initialism ("US: ..."), not a speaker.
        return letters >= 3;
    }

    /// <summary>
    /// The one person of the article whose name or surname the capitals label spells ("BRANDT" for Ivo Brandt, as
    /// transcripts print speakers the recogniser cannot read); -1 when none or several do.
    /// </summary>
    private static int PersonByLabel(Document document, string label)
    {
        var found = -1;
        foreach (var entity in document.Entities)
        {
            if (entity.Type != EntityType.Person) continue;
            var surname = entity.Name.AsSpan(entity.Name.LastIndexOf(' ') + 1);
            if (!label.Equals(entity.Name, StringComparison.OrdinalIgnoreCase) && !surname.Equals(label, StringComparison.OrdinalIgnoreCase)) continue;
            if (found >= 0) return -1;
            found = entity.Id;
        }

        return found;
    }

    /// <summary>
    /// True when the label is one person or organisation name, whole: "Ana Torres:", "Torres:"; not a headline's
    /// clause that ends in a name ("Torres Backs Ivo Brandt:").
    /// </summary>
    private static bool IsNamed(QuoteContext context, int first, int colon)
    {
        var mention = context.MentionAt(colon - 1);
        if (mention < 0 || context.MentionAt(first) != mention) return false;
        var found = context.Document.Mentions[mention];
        return found.Kind == MentionKind.Name && found.Type is EntityType.Person or EntityType.Organization;
    }

    private static bool HasWord(ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Word) return true;
        }

        return false;
    }
}
