using Newsgraph.Core.Tagging;
using Newsgraph.Core.Text;

namespace Newsgraph.Core.Quotes;

/// <summary>
/// A cue in the passive ("Trump was asked about ...", "Kerry has been criticised by his rivals for ..."): its
/// grammatical subject is not who speaks, so its source is the agent after "by" when there is one, else none, as
/// PolNeAR marks it.
/// </summary>
internal static class PassiveCue
{
    /// <summary>Forms of "be"; not "'s", which is as often "has" ("he's called for").</summary>
    private static readonly HashSet<string> BeForms = new(StringComparer.OrdinalIgnoreCase) { "is", "was", "are", "were", "be", "been", "being" };

    /// <summary>
    /// Participles of a state the subject is in ("voters are divided", "she was angered by the deal"): that subject
    /// holds the stance, so these are not passive cues.
    /// </summary>
    private static readonly HashSet<string> StateParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "worried", "concerned", "convinced", "unconvinced", "persuaded", "divided", "split", "torn", "shocked", "surprised",
        "startled", "stunned", "upset", "angered", "outraged", "offended", "annoyed", "frustrated", "disappointed",
        "dismayed", "alarmed", "troubled", "disturbed", "horrified", "scared", "frightened", "mystified", "puzzled",
        "confused", "impressed", "pleased", "satisfied", "delighted", "thrilled", "excited", "relieved", "encouraged",
        "assured", "determined", "committed", "devoted", "dedicated", "focused", "attracted", "interested", "inclined",
        "opposed", "prepared", "resigned", "outspoken", "adamant", "keen", "confident",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Be = BeForms.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> States = StateParticiples.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How far after the cue "by" may stand: "was recommended for the job by Roger Stone".</summary>
    private const int MaxAgentGap = 5;

    private const int MaxAgentTokens = 9;

    /// <summary>Whether the cue is a past participle after a form of "be" (adverbs between them skipped), not of a state.</summary>
    public static bool IsPassive(QuoteContext context, Sentence sentence, int cueFirst)
    {
        var tags = context.Document.PartOfSpeechSpan;
        if (tags[cueFirst] is not (PennTag.Vbn or PennTag.Vbd) || States.Contains(context.Word(cueFirst))) return false;
        var k = cueFirst - 1;
        while (k >= sentence.FirstToken && tags[k] is PennTag.Rb && !Be.Contains(context.Word(k))) k--;
        if (k >= sentence.FirstToken && Be.Contains(context.Word(k))) return true;
        // "Asked by Mira Sexton whether ...", "a measure strongly opposed by unions": a participle with its agent and no "have".
        return tags[cueFirst] is PennTag.Vbn && cueFirst + 1 < sentence.EndToken && context.Word(cueFirst + 1) is "by"
            && (k < sentence.FirstToken || context.Word(k) is not ("have" or "has" or "had" or "having" or "'ve" or "’ve"));
    }

    /// <summary>A past participle that opens a clause, not of a state: "Asked about the plan, ...".</summary>
    public static bool IsOpeningPassive(QuoteContext context, int cueFirst) =>
        context.Document.PartOfSpeechSpan[cueFirst] is PennTag.Vbn or PennTag.Vbd && !States.Contains(context.Word(cueFirst));

    /// <summary>The agent of a passive cue: the phrase after "by" ("by many Wall Street bankers"), up to its own preposition.</summary>
    public static TextSpan? Agent(QuoteContext context, Sentence sentence, int cueEnd)
    {
        var tags = context.Document.PartOfSpeechSpan;
        var by = cueEnd;
        while (by < sentence.EndToken && by - cueEnd <= MaxAgentGap && !context.Word(by).Equals("by", StringComparison.OrdinalIgnoreCase))
        {
            // A verb between them has its own "by": "was asked during a luncheon held by the Journal".
            if (context.Document.TokenSpan[by].Kind != TokenKind.Word || context.IsQuoted(by) || tags[by].IsVerb()) return null;
            by++;
        }

        if (by >= sentence.EndToken || by - cueEnd > MaxAgentGap) return null;
        var first = by + 1;
        var end = first;
        while (end < sentence.EndToken && end - first < MaxAgentTokens && context.Document.TokenSpan[end].Kind is TokenKind.Word or TokenKind.Number
            && !context.IsQuoted(end) && !(tags[end] is PennTag.In or PennTag.To or PennTag.Wdt or PennTag.Wp && !context.Word(end).SequenceEqual("of"))
            && !tags[end].IsVerb() && tags[end] is not (PennTag.Md or PennTag.Cc))
            end++;
        return end > first ? context.SpanOf(first, end) : null;
    }
}
