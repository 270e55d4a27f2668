namespace Newsgraph.Core.Text;

/// <summary>
/// Text between paired quotation marks, marks included, over tokens [FirstToken, EndToken). A quote that runs over
/// several paragraphs (no closing mark before the next paragraph's opening one) is one quotation per paragraph, linked
/// by <see cref="ContinuesFromPrevious"/> and <see cref="ContinuesIntoNext"/>. <see cref="Closed"/> is false when
/// the closing mark was never found.
/// </summary>
public readonly record struct Quotation(int Start, int End, int FirstToken, int EndToken, bool ContinuesFromPrevious, bool ContinuesIntoNext, bool Closed)
{
    public TextSpan Span => new(Start, End);

    /// <summary>Tokens inside the marks, punctuation included.</summary>
    public int InnerTokenCount => EndToken - FirstToken - (Closed ? 2 : 1);
}
