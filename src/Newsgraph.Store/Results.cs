using Newsgraph.Core;
using Newsgraph.Core.Mentions;
using Newsgraph.Core.Quotes;
using Newsgraph.Core.Time;

namespace Newsgraph.Store;

/// <summary>A person record in brief. <see cref="Titles"/> are distinct, the most used (in most articles) first.</summary>
public sealed record PersonSummary(
    long Id,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Titles,
    int Quotes,
    int Articles,
    DateOnly? FirstSeen,
    DateOnly? LastSeen);

/// <summary>One quote found by a search, with its speaker and article.</summary>
public sealed record QuoteHit(
    long Id,
    long ArticleId,
    string ArticleSourceId,
    string? ArticleTitle,
    DateOnly? Published,
    QuoteKind Kind,
    string Text,
    TextSpan Content,
    long? SpeakerId,
    string? SpeakerName,
    string? SourceText,
    string? CueText,
    AttributionRule Rule);

/// <summary>How many quotes of a search one person has.</summary>
public sealed record SpeakerCount(long PersonId, string Name, int Quotes);

/// <summary>How many quotes were published on one day.</summary>
public sealed record DayCount(DateOnly Day, int Quotes);

/// <summary>A title as held over time: the first and last publication dates it was given, in how many articles.</summary>
public sealed record TitleHeld(string Title, DateOnly? First, DateOnly? Last, int Articles);

/// <summary>Someone a person appears with: in how many sentences and articles they are both mentioned.</summary>
public sealed record Associate(long PersonId, string Name, int Sentences, int Articles);

/// <summary>Everything about one person: titles, their first quotes, who they appear with and the events they took part in.</summary>
public sealed record PersonProfile(
    PersonSummary Person,
    IReadOnlyList<TitleHeld> Titles,
    IReadOnlyList<QuoteHit> Quotes,
    IReadOnlyList<Associate> Associates,
    IReadOnlyList<EventView> Events);

/// <summary>A stored article in brief.</summary>
public sealed record ArticleSummary(
    long Id,
    string SourceId,
    string? Title,
    string? Url,
    DateOnly? Published,
    int Words,
    int Quotes);

/// <summary>One mention in an article.</summary>
public sealed record MentionView(TextSpan Span, MentionKind Kind, TextSpan? Title);

/// <summary>One entity of an article with its mentions; <see cref="PersonId"/> links a person to the cross-article record.</summary>
public sealed record EntityView(
    long Id,
    int Number,
    EntityType Type,
    string Name,
    Gender Gender,
    long? PersonId,
    IReadOnlyList<MentionView> Mentions);

/// <summary>One quote of an article with every span: parts, cue, source and speaker (an entity of the same article).</summary>
public sealed record QuoteView(
    long Id,
    QuoteKind Kind,
    TextSpan Content,
    IReadOnlyList<TextSpan> Parts,
    TextSpan? Cue,
    TextSpan? Source,
    long? SpeakerEntityId,
    long? SpeakerPersonId,
    string? SpeakerName,
    AttributionRule Rule);

/// <summary>One temporal expression of an article.</summary>
public sealed record TimexView(TextSpan Span, TimexType Type, string Value, TimexModifier Modifier);

/// <summary>One whole article: its metadata, text and every annotation as spans into that text.</summary>
public sealed record ArticleView(
    ArticleSummary Article,
    string? Byline,
    string Text,
    IReadOnlyList<EntityView> Entities,
    IReadOnlyList<QuoteView> Quotes,
    IReadOnlyList<TimexView> Timexes);

/// <summary>Two people mentioned in the same sentence, and how often.</summary>
public sealed record PersonLink(long FirstId, string FirstName, long SecondId, string SecondName, int Sentences, int Articles);

/// <summary>
/// One event: its source and target (a person record, or else an actor code such as "USAGOV"), its CAMEO code and
/// label, its date and the span of the words that report it in its article.
/// </summary>
public sealed record EventView(
    long Id,
    long ArticleId,
    long? SourcePersonId,
    string? SourceName,
    string? SourceActor,
    long? TargetPersonId,
    string? TargetName,
    string? TargetActor,
    string Code,
    string Label,
    DateOnly? Date,
    TextSpan Trigger);

/// <summary>Sizes of the store.</summary>
public sealed record StoreCounts(int Articles, int Persons, int Quotes, int Entities);
