namespace Newsgraph.Core.Text;

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    /// <summary>A quotation mark: “ ” ‘ ’ " ' « » used as a quote delimiter (not an apostrophe).</summary>
    QuoteMark,
    Symbol,
}

/// <summary>One token: a span of the document text and its coarse kind. A struct, so a token list is one array.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public TextSpan Span => new(Start, End);

    public int Length => End - Start;
}
