namespace Newsgraph.Core.Mentions;

/// <summary>Words that make "the two", "the three" or "both" a group of a known number of people.</summary>
public static class GroupNominals
{
    /// <summary>How many people the group word counts, or 0 when it is not a group word.</summary>
    public static int SizeOf(ReadOnlySpan<char> word) => word switch
    {
        "two" or "Two" or "both" or "Both" => 2,
        "three" or "Three" => 3,
        "four" or "Four" => 4,
        _ => 0,
    };
}
