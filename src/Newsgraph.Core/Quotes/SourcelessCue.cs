using Newsgraph.Core.Text;

namespace Newsgraph.Core.Quotes;

/// <summary>
/// Cues whose subject is not a source, which PolNeAR marks without one: "the plan seemed doomed", "Kerry appears to
/// accept" report how things look to the writer; "the group, known as ...", "a speech titled ..." name or describe
/// a thing without anyone saying so.
/// </summary>
internal static class SourcelessCue
{
    private static readonly HashSet<string> ImpressionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "seem", "seems", "seemed", "seeming", "seemingly", "appear", "appears", "appeared", "appearing",
    };

    /// <summary>
    /// Participles that describe a thing, unless "have" or a subject right before makes them active ("we've known
    /// since 1918", "Kaine dubbed it ...").
    /// </summary>
    private static readonly HashSet<string> DescribingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "known", "titled", "entitled", "dubbed", "nicknamed", "designed", "intended",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Impressions = ImpressionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Describing = DescribingWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsSourceless(QuoteContext context, Sentence sentence, int cueFirst)
    {
        var word = context.Word(cueFirst);
        if (Impressions.Contains(word)) return true;
        if (!Describing.Contains(word)) return false;
        var k = cueFirst - 1;
        while (k >= sentence.FirstToken && context.Document.PartOfSpeechSpan[k] is Tagging.PennTag.Rb or Tagging.PennTag.Rbs) k--;
        return k < sentence.FirstToken
            || context.MentionAt(k) < 0 && context.Word(k) is not ("have" or "has" or "had" or "having" or "'ve" or "’ve" or "'d" or "’d");
    }
}
