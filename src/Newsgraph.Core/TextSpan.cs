namespace Newsgraph.Core;

/// <summary>
/// A half-open range [Start, End) of UTF-16 character offsets into <see cref="Document.Text"/>.
/// PolNeAR's standoff counts the same units for its (BMP-only) texts, so spans round-trip with it.
/// </summary>
public readonly record struct TextSpan(int Start, int End) : IComparable<TextSpan>
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public int CompareTo(TextSpan other) =>
        Start != other.Start ? Start.CompareTo(other.Start) : End.CompareTo(other.End);

    public string TextOf(string text) => text[Start..End];

    public ReadOnlySpan<char> CharsOf(string text) => text.AsSpan(Start, Length);

    public override string ToString() => $"[{Start},{End})";
}
