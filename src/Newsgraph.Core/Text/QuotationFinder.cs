using Newsgraph.Core.Pipeline;

namespace Newsgraph.Core.Text;

/// <summary>
/// Pairs double quotation marks, curly or straight. Curly marks say which way they face; a straight mark opens after
/// a space or the start of a paragraph and closes before a space or punctuation. An opening mark in a new paragraph
/// while a quote is still open continues that quote (the newswire convention for quotes over several paragraphs);
/// a stray closing mark is ignored and a quote never closed ends with its paragraph.
/// </summary>
public sealed class QuotationFinder : IPipelineStage
{
    public string Name => "quotation-finder";

    public Layers Requires => Layers.Tokens | Layers.Paragraphs;

    public Layers Produces => Layers.Quotations;

    public void Process(Document document) => document.SetQuotations(Find(document.Text, document.TokenSpan, document.Paragraphs));

    public static Quotation[] Find(string text, ReadOnlySpan<Token> tokens, IReadOnlyList<Paragraph> paragraphs)
    {
        var quotations = new List<Quotation>();
        var open = -1; // token index of the unmatched opening mark
        var openParagraph = -1;
        var continues = false;
        var paragraph = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            while (paragraph < paragraphs.Count - 1 && tokens[i].Start >= paragraphs[paragraph].End) paragraph++;
            if (tokens[i].Kind != TokenKind.QuoteMark || !Chars.IsDoubleQuoteToken(text, tokens[i])) continue;

            var facing = Facing(text, tokens[i]);
            if (open >= 0 && paragraph != openParagraph)
            {
                // The open quote ran to the end of its paragraph without a closing mark.
                var runsOn = facing == MarkFacing.Opening && tokens[i].Start == paragraphs[paragraph].Start && paragraph == openParagraph + 1;
                quotations.Add(ToParagraphEnd(tokens, open, paragraphs[openParagraph], continues, runsOn));
                continues = runsOn;
                open = -1;
            }

            if (open < 0)
            {
                if (facing != MarkFacing.Closing)
                {
                    open = i;
                    openParagraph = paragraph;
                }
                else continues = false;

                continue;
            }

            if (facing == MarkFacing.Opening && IsSpacedBefore(text, tokens[i]) && !IsSpacedAfter(text, tokens[i]))
            {
                // Two openings in one paragraph: the first was a stray mark.
                open = i;
                continue;
            }

            quotations.Add(new Quotation(tokens[open].Start, tokens[i].End, open, i + 1, continues, false, true));
            continues = false;
            open = -1;
        }

        if (open >= 0) quotations.Add(ToParagraphEnd(tokens, open, paragraphs[openParagraph], continues, false));
        return [.. quotations];
    }

    private enum MarkFacing
    {
        Opening,
        Closing,
        Either,
    }

    private static MarkFacing Facing(string text, Token mark)
    {
        var c = text[mark.Start];
        if (c is '“' or '„' or '‟' or '«' or '`') return MarkFacing.Opening;
        if (c is '”' or '»') return MarkFacing.Closing;
        var spacedBefore = IsSpacedBefore(text, mark);
        var spacedAfter = IsSpacedAfter(text, mark);
        if (spacedBefore && !spacedAfter) return MarkFacing.Opening;
        if (!spacedBefore && spacedAfter) return MarkFacing.Closing;
        if (!spacedBefore && mark.End < text.Length && char.IsPunctuation(text[mark.End])) return MarkFacing.Closing;
        return MarkFacing.Either;
    }

    private static bool IsSpacedBefore(string text, Token mark) =>
        mark.Start == 0 || char.IsWhiteSpace(text[mark.Start - 1]) || text[mark.Start - 1] is '(' or '[' or '—' or '–';

    private static bool IsSpacedAfter(string text, Token mark) => mark.End >= text.Length || char.IsWhiteSpace(text[mark.End]);

    private static Quotation ToParagraphEnd(ReadOnlySpan<Token> tokens, int open, Paragraph paragraph, bool continuesFromPrevious, bool continuesIntoNext)
    {
        var end = open + 1;
        while (end < tokens.Length && tokens[end].End <= paragraph.End) end++;
        return new Quotation(tokens[open].Start, tokens[end - 1].End, open, end, continuesFromPrevious, continuesIntoNext, false);
    }
}
