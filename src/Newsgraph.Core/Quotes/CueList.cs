namespace Newsgraph.Core.Quotes;

/// <summary>The cues of a document in text order, with each sentence's cues found without a scan.</summary>
internal sealed class CueList
{
    private readonly Cue[] _cues;
    private readonly int[] _firstOfSentence; // _cues index of each sentence's first cue; one more entry marks the end

    public CueList(List<Cue> cues, int sentenceCount)
    {
        _cues = [.. cues];
        _firstOfSentence = new int[sentenceCount + 1];
        var c = 0;
        for (var s = 0; s <= sentenceCount; s++)
        {
            while (c < _cues.Length && _cues[c].Sentence < s) c++;
            _firstOfSentence[s] = c;
        }
    }

    public IReadOnlyList<Cue> All => _cues;

    public ReadOnlySpan<Cue> InSentence(int sentence) =>
        _cues.AsSpan(_firstOfSentence[sentence], _firstOfSentence[sentence + 1] - _firstOfSentence[sentence]);
}
