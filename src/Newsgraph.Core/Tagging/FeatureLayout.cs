namespace Newsgraph.Core.Tagging;

/// <summary>
/// The weight rows that do not come from words, before the word-feature rows: a bias, the previous tag, the one
/// before it, the pair of both, the sentence position with the word's shape, that with the next word's shape and,
/// for entities, the part-of-speech tags around the token, alone and in pairs. Index <c>Classes</c> (or <c>PosClasses</c>) stands for "before the sentence".
/// </summary>
internal readonly record struct FeatureLayout(int Classes, int PosClasses)
{
    public int Bias => 0;

    public int Previous => 1;

    public int BeforePrevious => Previous + Classes + 1;

    public int Pair => BeforePrevious + Classes + 1;

    public int Position => Pair + (Classes + 1) * (Classes + 1);

    public int ShapePair => Position + 2 * WordFeatures.ShapeCodes;

    public int PosPrevious => ShapePair + 2 * WordFeatures.ShapeCodes * (WordFeatures.ShapeCodes + 1);

    public int PosHere => PosPrevious + PosBlock;

    public int PosNext => PosHere + PosBlock;

    /// <summary>The number of rows before the word features.</summary>
    public int PosPairBefore => PosNext + PosBlock;

    public int PosPairAfter => PosPairBefore + PosBlock * PosBlock;

    public int Rows => PosPairAfter + PosBlock * PosBlock;

    private int PosBlock => PosClasses == 0 ? 0 : PosClasses + 1;

    /// <summary>
    /// The rows that fire for a token, given its history: tags of the two tokens before (or <c>Classes</c>), and the
    /// shape codes of the token and the next one (<see cref="WordFeatures.ShapeCodes"/> at the sentence end).
    /// </summary>
    public void History(int previous, int beforePrevious, bool firstInSentence, int shapeCode, int nextShapeCode, Span<int> rows)
    {
        var position = PositionCode(firstInSentence, shapeCode);
        rows[0] = Bias;
        rows[1] = Previous + previous;
        rows[2] = BeforePrevious + beforePrevious;
        rows[3] = Pair + beforePrevious * (Classes + 1) + previous;
        rows[4] = Position + position;
        rows[5] = ShapePair + position * (WordFeatures.ShapeCodes + 1) + nextShapeCode;
    }

    public const int HistoryRows = 6;

    /// <summary>
    /// For a first-order (<see cref="TaggerDecoding.Viterbi"/>) model: the rows of <see cref="History"/> that do not read
    /// earlier labels (bias, position and shapes); the <see cref="Previous"/> rows are its label-pair weights instead.
    /// </summary>
    public void Emission(bool firstInSentence, int shapeCode, int nextShapeCode, Span<int> rows)
    {
        var position = PositionCode(firstInSentence, shapeCode);
        rows[0] = Bias;
        rows[1] = Position + position;
        rows[2] = ShapePair + position * (WordFeatures.ShapeCodes + 1) + nextShapeCode;
    }

    public const int EmissionRows = 3;

    private static int PositionCode(bool firstInSentence, int shapeCode) => (firstInSentence ? WordFeatures.ShapeCodes : 0) + shapeCode;

    /// <summary>The part-of-speech rows of a token, given the tags before, at and after it (or <c>PosClasses</c>).</summary>
    public void PartOfSpeech(int previous, int here, int next, Span<int> rows)
    {
        rows[0] = PosPrevious + previous;
        rows[1] = PosHere + here;
        rows[2] = PosNext + next;
        rows[3] = PosPairBefore + previous * PosBlock + here;
        rows[4] = PosPairAfter + here * PosBlock + next;
    }

    public const int PosRows = 5;
}
