namespace Newsgraph.Core.Text;

/// <summary>A sentence: its character span, its tokens [FirstToken, EndToken) and the paragraph it belongs to.</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int EndToken, int Paragraph)
{
    public TextSpan Span => new(Start, End);

    public int TokenCount => EndToken - FirstToken;
}

/// <summary>A paragraph: a run of text between blank lines or line breaks, and its sentences [FirstSentence, EndSentence).</summary>
public readonly record struct Paragraph(int Start, int End, int FirstSentence, int EndSentence)
{
    public TextSpan Span => new(Start, End);
}
