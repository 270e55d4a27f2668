namespace Newsgraph.Core.Mentions;

/// <summary>
/// One mention of an entity. <see cref="Title"/> is the role phrase attached to it in the text
/// ("US Secretary of State" before "John Kerry", or in an apposition), when there is one.
/// <see cref="Entity"/> is the index into <see cref="Document.Entities"/>, or -1 before coreference.
/// </summary>
public sealed record Mention(
    TextSpan Span,
    MentionKind Kind,
    EntityType Type,
    int Sentence,
    Gender Gender,
    GrammaticalNumber Number,
    TextSpan? Title,
    int Entity);
