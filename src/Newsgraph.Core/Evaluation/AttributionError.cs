namespace Newsgraph.Core.Evaluation;

/// <summary>Why a gold attribution was missed or a prediction was wrong, as <c>eval polnear --errors</c> groups them.</summary>
public enum AttributionErrorKind
{
    /// <summary>No prediction has the gold content or its cue: the attribution went unseen.</summary>
    MissingCue,

    /// <summary>A prediction has the gold cue but gives it another content, so this one went unreported.</summary>
    MissedContent,

    /// <summary>A prediction overlaps the gold content, but by less than half of their union.</summary>
    WrongBoundary,

    /// <summary>The content matched; the source does not overlap the gold source.</summary>
    WrongSource,

    /// <summary>The content matched; the cue does not overlap the gold cue.</summary>
    WrongCue,

    /// <summary>An unmatched prediction that overlaps some gold content: a split or a duplicate.</summary>
    PartialPrediction,

    /// <summary>An unmatched prediction that overlaps no gold content.</summary>
    Spurious,
}

/// <summary>One miss: the gold attribution and the prediction it concerns, where there is one.</summary>
public sealed record AttributionError(AttributionErrorKind Kind, Attribution? Gold, Attribution? Predicted);
