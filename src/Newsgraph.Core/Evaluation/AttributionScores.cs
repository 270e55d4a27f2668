namespace Newsgraph.Core.Evaluation;

/// <summary>
/// The counts behind the attribution figures, summed micro over documents, and the figures derived from them.
/// A figure whose denominator is zero is 0.
/// </summary>
public sealed record AttributionScores(
    int Documents,
    int Gold,
    int Predicted,
    int Matched,
    int ExactMatched,
    int SourceCorrect,
    int CueCorrect,
    int DirectQuotes,
    int DirectQuoteSourceCorrect)
{
    public static AttributionScores Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public double ContentPrecision => Ratio(Matched, Predicted);

    public double ContentRecall => Ratio(Matched, Gold);

    public double ContentF1 => F1(Matched);

    public double ExactContentF1 => F1(ExactMatched);

    /// <summary>Among matched pairs, the share whose sources overlap or are both absent.</summary>
    public double SourceAccuracy => Ratio(SourceCorrect, Matched);

    /// <summary>Among matched pairs, the share whose cues overlap or are both absent.</summary>
    public double CueAccuracy => Ratio(CueCorrect, Matched);

    /// <summary>F1 counting as true positives only the matched pairs with the right source.</summary>
    public double FullF1 => F1(SourceCorrect);

    /// <summary>Source accuracy over the matched pairs whose gold content is a fully quoted span.</summary>
    public double DirectQuoteSourceAccuracy => Ratio(DirectQuoteSourceCorrect, DirectQuotes);

    public static AttributionScores Sum(IEnumerable<AttributionScores> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return scores.Aggregate(Empty, (total, next) => total + next);
    }

    public static AttributionScores operator +(AttributionScores left, AttributionScores right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new AttributionScores(
            left.Documents + right.Documents,
            left.Gold + right.Gold,
            left.Predicted + right.Predicted,
            left.Matched + right.Matched,
            left.ExactMatched + right.ExactMatched,
            left.SourceCorrect + right.SourceCorrect,
            left.CueCorrect + right.CueCorrect,
            left.DirectQuotes + right.DirectQuotes,
            left.DirectQuoteSourceCorrect + right.DirectQuoteSourceCorrect);
    }

    private double F1(int truePositives) => Gold + Predicted == 0 ? 0 : 2.0 * truePositives / (Gold + Predicted);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
