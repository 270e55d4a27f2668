using Newsgraph.Core.Pipeline;

namespace Newsgraph.Core.Text;

/// <summary>
/// Groups tokens into sentences and sentences into paragraphs. A paragraph ends at a line break; a sentence ends at
/// . ! ? (with any closing quotes or brackets after it) before a capital, a digit or an opening quote, and at a
/// paragraph end. Abbreviations end a sentence only before a word that typically starts one.
/// </summary>
public sealed class SentenceSplitter : IPipelineStage
{
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "He", "She", "It", "They", "We", "I", "But", "And", "In", "A", "An", "This", "That", "These", "Those",
        "There", "His", "Her", "Their", "Our", "My", "If", "When", "While", "As", "After", "Before", "On", "At", "For",
        "So", "Yet", "Still", "Then", "Now", "Later", "Asked", "According", "However", "Meanwhile", "Some", "Many", "Most", "One", "Two", "Three",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Starters = SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Name => "sentence-splitter";

    public Layers Requires => Layers.Tokens;

    public Layers Produces => Layers.Sentences | Layers.Paragraphs;

    public void Process(Document document)
    {
        var (sentences, paragraphs) = Split(document.Text, document.TokenSpan);
        document.SetSentences(sentences);
        document.SetParagraphs(paragraphs);
    }

    public static (Sentence[] Sentences, Paragraph[] Paragraphs) Split(string text, ReadOnlySpan<Token> tokens)
    {
        var sentences = new List<Sentence>(tokens.Length / 20 + 1);
        var paragraphs = new List<Paragraph>();
        var sentenceStart = 0;
        var paragraphFirstSentence = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var paragraphEnds = i + 1 == tokens.Length || HasLineBreak(text, tokens[i].End, tokens[i + 1].Start);
            var end = paragraphEnds ? i + 1 : SentenceEndAfter(text, tokens, i);
            if (end < 0) continue;

            // Closing quotes and brackets that follow the terminal belong to the sentence it ends.
            i = end - 1;
            sentences.Add(new Sentence(tokens[sentenceStart].Start, tokens[i].End, sentenceStart, end, paragraphs.Count));
            sentenceStart = end;
            if (paragraphEnds || end >= tokens.Length || HasLineBreak(text, tokens[i].End, tokens[end].Start))
            {
                paragraphs.Add(new Paragraph(sentences[paragraphFirstSentence].Start, tokens[i].End, paragraphFirstSentence, sentences.Count));
                paragraphFirstSentence = sentences.Count;
            }
        }

        return ([.. sentences], [.. paragraphs]);
    }

    /// <summary>The index one past the sentence's last token when token <paramref name="i"/> ends a sentence; else -1.</summary>
    private static int SentenceEndAfter(string text, ReadOnlySpan<Token> tokens, int i)
    {
        var token = tokens[i];
        var chars = text.AsSpan(token.Start, token.Length);
        var last = chars[^1];
        var isTerminal = token.Kind == TokenKind.Punctuation && (Chars.IsSentenceFinal(last) || last == '…');
        var isAbbreviation = token.Kind == TokenKind.Word && last == '.' && chars.Length > 1;
        if (!isTerminal && !isAbbreviation) return -1;

        var end = i + 1;
        while (end < tokens.Length && !HasLineBreak(text, tokens[end - 1].End, tokens[end].Start) && ClosesAfterTerminal(text, tokens, end)) end++;
        if (end >= tokens.Length) return end;
        if (HasLineBreak(text, tokens[end - 1].End, tokens[end].Start)) return end;

        var next = text.AsSpan(tokens[end].Start, tokens[end].Length);
        if (isAbbreviation)
        {
            if (chars.Length == 2 && char.IsUpper(chars[0])) return -1; // an initial
            if (Abbreviations.PrecedesName(chars)) return -1;
            return Starters.Contains(next) ? end : -1;
        }

        if (last == '…' || chars.Length > 1 && chars[0] == '.')
            return char.IsUpper(next[0]) && tokens[end].Kind == TokenKind.Word ? end : -1;

        var first = next[0];
        if (char.IsUpper(first) || char.IsDigit(first)) return end;
        if (tokens[end].Kind == TokenKind.QuoteMark && (Chars.IsOpeningQuote(first) || first == '"' || tokens[end].Length == 2)) return end;
        return first is '(' or '[' or '-' or '—' ? end : -1;
    }

    private static bool ClosesAfterTerminal(string text, ReadOnlySpan<Token> tokens, int k)
    {
        var c = text[tokens[k].Start];
        if (c is ')' or ']') return true;
        if (tokens[k].Kind != TokenKind.QuoteMark) return false;
        if (Chars.IsClosingQuote(c)) return true;
        // A straight quote right after the terminal, followed by space or the end, closes the quotation.
        return c is '"' or '\'' && tokens[k].Start == tokens[k - 1].End
            && (tokens[k].End == text.Length || char.IsWhiteSpace(text[tokens[k].End]));
    }

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (text[k] is '\n' or '\r' or '\u2029') return true;
        }

        return false;
    }
}
