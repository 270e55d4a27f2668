namespace Newsgraph.Core.Mentions;

/// <summary>
/// One mention of an entity. <see cref="Title"/> is the role phrase attached to it in the text
/// ("US Secretary of State" before "John Kerry", or in an apposition), when there is one.
/// Which entity it refers to is decided by coreference: see <see cref="Document.EntityOf"/>.
/// </summary>
public sealed record Mention(
    TextSpan Span,
    MentionKind Kind,
    EntityType Type,
    int Sentence,
    Gender Gender,
    GrammaticalNumber Number,
    TextSpan? Title);
