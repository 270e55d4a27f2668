namespace Newsgraph.Core.Quotes;

public enum QuoteKind : byte
{
    /// <summary>Content entirely inside quotation marks.</summary>
    Direct,
    /// <summary>Reported content that is partly quoted verbatim.</summary>
    Mixed,
    /// <summary>Reported content without quotation marks (said that ..., according to ...).</summary>
    Indirect,
}

/// <summary>
/// One attribution: reported content, the cue that reports it, the source mention and the speaker entity.
/// <see cref="Content"/> is the whole extent of the content; <see cref="Parts"/> are its pieces when it is interrupted
/// ("“We will win,” she said. “They know it.”" is one attribution in two parts, as PolNeAR annotates it).
/// <see cref="Speaker"/> indexes <see cref="Document.Entities"/> (-1 when unknown);
/// <see cref="Rule"/> names the sieve that chose the speaker, so every decision can be explained.
/// </summary>
public sealed record Quote(
    QuoteKind Kind,
    TextSpan Content,
    TextSpan? Cue,
    TextSpan? Source,
    int Speaker,
    AttributionRule Rule)
{
    private readonly IReadOnlyList<TextSpan>? _parts;
    private readonly IReadOnlyList<int>? _speakers;

    /// <summary>The content's pieces in text order; a single piece equal to <see cref="Content"/> unless interrupted.</summary>
    public IReadOnlyList<TextSpan> Parts
    {
        get => _parts ?? [Content];
        init => _parts = value;
    }

    /// <summary>
    /// Every speaker: the one <see cref="Speaker"/>, or the people a group source stands for ("The two said ..."
    /// after a sentence naming two people), in order of mention. Empty when unknown.
    /// </summary>
    public IReadOnlyList<int> Speakers
    {
        get => _speakers ?? (Speaker >= 0 ? [Speaker] : []);
        init => _speakers = value;
    }

    /// <summary>Quotes are equal when all their values are, the lists of parts and speakers element by element.</summary>
    public bool Equals(Quote? other) =>
        other is not null && Kind == other.Kind && Content == other.Content && Cue == other.Cue && Source == other.Source
        && Speaker == other.Speaker && Rule == other.Rule && Parts.SequenceEqual(other.Parts) && Speakers.SequenceEqual(other.Speakers);

    public override int GetHashCode() => HashCode.Combine(Kind, Content, Cue, Source, Speaker, Rule, Parts.Count, Speakers.Count);
}

/// <summary>Which sieve attributed a quote (see Quotes/Sieves).</summary>
public enum AttributionRule : byte
{
    None,
    /// <summary>Cue and source in the same sentence as the content ("...", Kerry said).</summary>
    AdjacentCue,
    /// <summary>A cue in the sentence that introduces the quote ("Kerry said: ...", "Kerry warned that ...").</summary>
    IntroducingSentence,
    /// <summary>The speaker of the quote's paragraph, or a quote continuing into the next paragraph.</summary>
    ParagraphSpeaker,
    /// <summary>The nearest salient person mentioned before the quote.</summary>
    NearestMention,
}
