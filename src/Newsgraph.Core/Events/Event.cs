namespace Newsgraph.Core.Events;

/// <summary>Whether the text reports the event as done or as planned ("is expected to", "will"); negated events are not coded.</summary>
public enum EventModality : byte
{
    Asserted,
    Expected,
}

/// <summary>
/// An event's source or target: its CAMEO actor code (null for a person whom no dictionary codes) and the entity it
/// is, or -1 for a group found by the dictionaries ("Israeli troops").
/// </summary>
public readonly record struct EventActor(string? Code, int Entity);

/// <summary>
/// One coded event: who (source) did what (a CAMEO code, triggered by a verb or event noun) to whom (target), where
/// (a place entity, or -1) and when (the sentence's date or the publication date), with the issues its sentence names.
/// </summary>
public sealed record Event(
    string Code,
    TextSpan Trigger,
    EventActor Source,
    EventActor Target,
    int Place,
    DateOnly? Date,
    int Sentence,
    EventModality Modality,
    IReadOnlyList<string> Issues);
