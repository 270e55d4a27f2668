namespace Newsgraph.Core.Quotes;

/// <summary>
/// Cues whose subject is not a source: "the plan seemed doomed", "Kerry appears to accept the offer" report how
/// things look to the writer, and PolNeAR marks them without a source.
/// </summary>
internal static class SourcelessCue
{
    private static readonly HashSet<string> ImpressionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "seem", "seems", "seemed", "seeming", "appear", "appears", "appeared", "appearing",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Impressions = ImpressionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsImpression(ReadOnlySpan<char> word) => Impressions.Contains(word);
}
