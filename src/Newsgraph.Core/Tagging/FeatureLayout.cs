namespace Newsgraph.Core.Tagging;

/// <summary>
/// The weight rows that do not come from words, before the word-feature rows: a bias, the previous tag, the one
/// before it, the pair of both, the sentence position with the word's shape and, for entities, the part-of-speech
/// tags around the token. Index <c>Classes</c> (or <c>PosClasses</c>) stands for "before the sentence".
/// </summary>
internal readonly record struct FeatureLayout(int Classes, int PosClasses)
{
    public int Bias => 0;

    public int Previous => 1;

    public int BeforePrevious => Previous + Classes + 1;

    public int Pair => BeforePrevious + Classes + 1;

    public int Position => Pair + (Classes + 1) * (Classes + 1);

    public int PosPrevious => Position + 2 * WordFeatures.ShapeCodes;

    public int PosHere => PosPrevious + PosBlock;

    public int PosNext => PosHere + PosBlock;

    /// <summary>The number of rows before the word features.</summary>
    public int Rows => PosNext + PosBlock;

    private int PosBlock => PosClasses == 0 ? 0 : PosClasses + 1;

    /// <summary>The rows that fire for a token, given its history: tags of the two tokens before (or <c>Classes</c>).</summary>
    public void History(int previous, int beforePrevious, bool firstInSentence, int shapeCode, Span<int> rows)
    {
        rows[0] = Bias;
        rows[1] = Previous + previous;
        rows[2] = BeforePrevious + beforePrevious;
        rows[3] = Pair + beforePrevious * (Classes + 1) + previous;
        rows[4] = Position + (firstInSentence ? WordFeatures.ShapeCodes : 0) + shapeCode;
    }

    public const int HistoryRows = 5;

    /// <summary>The part-of-speech rows of a token, given the tags before, at and after it (or <c>PosClasses</c>).</summary>
    public void PartOfSpeech(int previous, int here, int next, Span<int> rows)
    {
        rows[0] = PosPrevious + previous;
        rows[1] = PosHere + here;
        rows[2] = PosNext + next;
    }

    public const int PosRows = 3;
}
