namespace Newsgraph.Core.Evaluation;

/// <summary>
/// One attribution relation as annotated in PolNeAR or produced by our quote stage: the reported content, the cue
/// that reports it and the source it is attributed to. Content may be discontinuous; any list may be empty.
/// </summary>
public sealed record Attribution(IReadOnlyList<TextSpan> Content, IReadOnlyList<TextSpan> Cue, IReadOnlyList<TextSpan> Source);
