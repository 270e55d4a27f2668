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

    /// <summary>The attribution model's score of the cue word; null when a rule found the cue ("according to") or there is none.</summary>
    public double? CueScore { get; init; }

    /// <summary>How the source phrase of an indirect or mixed attribution was found.</summary>
    public SourceRule SourceRule { get; init; }

    /// <summary>How the content span was delimited.</summary>
    public ContentRule ContentRule { get; init; }

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
/// <summary>How an indirect or mixed attribution's source phrase was found (direct quotes: see <see cref="AttributionRule"/>).</summary>
public enum SourceRule : byte
{
    /// <summary>No source phrase: found by a sieve for a direct quote, or not found.</summary>
    None,
    /// <summary>The subject before the cue: "Kerry [also] said ...".</summary>
    SubjectBeforeCue,
    /// <summary>The inverted subject after the cue: "..., said Kerry".</summary>
    SubjectAfterCue,
    /// <summary>The subject of the clause a participle cue hangs from: "Kerry offered a message, saying ...".</summary>
    ClauseSubject,
    /// <summary>The object of "according to".</summary>
    AccordingToObject,
    /// <summary>The subject after an opening participle's content: "Worried the plan might fail, the minister ...".</summary>
    SubjectAfterContent,
    /// <summary>No subject of its own: the source of the sentence's earlier cue ("Kerry endorsed A and said B").</summary>
    EarlierSourceInSentence,
    /// <summary>The subject of the verb the cue is coordinated with: "Kerry met the envoy and said ...".</summary>
    CoordinatedVerbSubject,
    /// <summary>The agent of a passive cue ("was criticised by his rivals"); a passive cue without one has no source.</summary>
    PassiveAgent,
    /// <summary>The label before the colon that opens a paragraph: "Torres: ...", "MORALES: ...".</summary>
    SpeakerLabel,
}

/// <summary>How an attribution's content span was delimited.</summary>
public enum ContentRule : byte
{
    /// <summary>The quotation marks of a direct quote.</summary>
    Quotation,
    /// <summary>The attribution model's content-start and content-end rankers, after the cue.</summary>
    LearnedRankers,
    /// <summary>Clause rules: the clause before a closing cue, around "according to", or an opening participle's clause.</summary>
    ClauseRule,
    /// <summary>The words between a leading cue and its quotation (from the content-start ranker's start), then the quotation.</summary>
    LeadInAndQuotation,
    /// <summary>The rest of the paragraph after a speaker label's colon.</summary>
    RestOfParagraph,
    /// <summary>The words of the sentence before a quotation that its trailing cue closes, then the quotation.</summary>
    ClauseBeforeQuotation,
}

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
    /// <summary>A speaker label opening the paragraph: "Torres: We will win", "MORALES: Minister, ...".</summary>
    SpeakerLabel,
}
