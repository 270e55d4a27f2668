using Newsgraph.Core.Mentions;

namespace Newsgraph.Core.Tagging;

/// <summary>A proper name found by a name tagger: tokens [FirstToken, EndToken) and the kind of thing named.</summary>
public readonly record struct NameSpan(int Start, int End, int FirstToken, int EndToken, EntityType Type)
{
    public TextSpan Span => new(Start, End);
}
