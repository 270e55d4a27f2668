namespace Newsgraph.Core.Tagging;

/// <summary>How a perceptron model assigns a sentence's labels, and so how it was trained.</summary>
public enum TaggerDecoding : byte
{
    /// <summary>Left to right, each label reading the two labels guessed before it.</summary>
    Greedy,

    /// <summary>
    /// First order (Collins 2002): each token's scores without label history plus a weight for each label pair, the best
    /// whole sequence found by Viterbi, invalid BIO pairs (O then I-X, B-X then I-Y) excluded.
    /// </summary>
    Viterbi,
}
