namespace Newsgraph.Core.Quotes;

/// <summary>
/// A direct quote to attribute: one quotation, or a chain of them running over several paragraphs, covering tokens
/// [FirstToken, EndToken). The opening mark is in sentence <see cref="OpeningSentence"/>, the closing one in
/// <see cref="ClosingSentence"/>.
/// </summary>
internal readonly record struct DirectQuote(TextSpan Content, int FirstToken, int EndToken, int OpeningSentence, int ClosingSentence);
