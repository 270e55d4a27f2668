namespace Newsgraph.Core.Mentions;

/// <summary>
/// One person, organisation or place of a document: its canonical name (the fullest proper name, without titles),
/// the titles it carries in the text (qualifiers kept, first seen first) and the indices of its mentions.
/// </summary>
public sealed record Entity(
    int Id,
    EntityType Type,
    string Name,
    Gender Gender,
    IReadOnlyList<string> Titles,
    IReadOnlyList<int> Mentions);
