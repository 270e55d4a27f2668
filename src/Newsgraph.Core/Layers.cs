namespace Newsgraph.Core;

/// <summary>The annotation layers a <see cref="Document"/> can carry; stages declare which they need and make.</summary>
[Flags]
public enum Layers
{
    None = 0,
    Tokens = 1 << 0,
    Sentences = 1 << 1,
    Paragraphs = 1 << 2,
    Names = 1 << 3,
    Mentions = 1 << 4,
    Entities = 1 << 5,
    Quotes = 1 << 6,
    Timexes = 1 << 7,
    /// <summary>Spans between paired quotation marks.</summary>
    Quotations = 1 << 8,
    /// <summary>CAMEO-coded events (who did what to whom, where and when).</summary>
    Events = 1 << 9,
    /// <summary>A Penn Treebank tag per token.</summary>
    PartsOfSpeech = 1 << 10,
    /// <summary>Person, organisation and place names found by the trained entity recogniser.</summary>
    NamedEntities = 1 << 11,
}
