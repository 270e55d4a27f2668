using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using Newsgraph.Core.Text;

namespace Newsgraph.Core.Quotes;

/// <summary>Which of the attribution model's linear scorers a weight belongs to.</summary>
public enum AttributionDecision : byte
{
    /// <summary>Is this word, outside quotation marks, an attribution cue?</summary>
    Cue,

    /// <summary>Does the content after a cue end here?</summary>
    ContentEnd,

    /// <summary>Does the content after a cue start here?</summary>
    ContentStart,
}

/// <summary>
/// The learned part of attribution (models/attribution.tsv, built by <c>newsgraph train attribution</c> from
/// PolNeAR train): two averaged perceptrons over hashed features (<see cref="AttributionFeatures"/>), one that
/// scores a word as a cue and one that ranks the places where the content after a cue can end.
/// </summary>
public sealed class AttributionModel
{
    // Frozen: built once at load, then only read, and faster to read than a Dictionary.
    private readonly FrozenDictionary<ulong, float> _cueWeights;
    private readonly FrozenDictionary<ulong, float> _endWeights;
    private readonly FrozenDictionary<ulong, float> _startWeights;

    internal AttributionModel(Dictionary<ulong, float> cueWeights, Dictionary<ulong, float> endWeights, Dictionary<ulong, float> startWeights, CueLexicon lexicon)
    {
        _cueWeights = cueWeights.ToFrozenDictionary();
        _endWeights = endWeights.ToFrozenDictionary();
        _startWeights = startWeights.ToFrozenDictionary();
        Lexicon = lexicon;
    }

    /// <summary>How many words after its cue a content's start may be sought.</summary>
    public const int MaxContentStartSkip = AttributionFeatures.MaxStartSkip;

    /// <summary>The cue lexicon whose shares the cue scorer reads.</summary>
    public CueLexicon Lexicon { get; }

    public int CueFeatureCount => _cueWeights.Count;

    public int ContentEndFeatureCount => _endWeights.Count;

    public int ContentStartFeatureCount => _startWeights.Count;

    /// <summary>The cue score of a token: above zero, the model reads it as a cue.</summary>
    internal double CueScore(QuoteContext context, CueCandidate candidate, int sentenceIndex, int token)
    {
        var sink = new ScoreSink(_cueWeights);
        AttributionFeatures.Cue(context, candidate, sentenceIndex, token, ref sink);
        return sink.Score;
    }

    /// <summary>The best-scoring end of the content that starts at <paramref name="first"/>: after its first word and at <paramref name="minEnd"/> at the earliest, at <paramref name="limit"/> at the latest.</summary>
    internal int BestContentEnd(QuoteContext context, Sentence sentence, int cueLast, int first, int limit, int minEnd = 0)
    {
        var best = limit;
        var bestScore = double.NegativeInfinity;
        var length = SentenceCounts.BufferLength(sentence.EndToken - sentence.FirstToken);
        var rented = length > 512 ? ArrayPool<int>.Shared.Rent(length) : null;
        var counts = new SentenceCounts(context, sentence, rented ?? stackalloc int[length]);
        for (var end = Math.Max(first + 1, minEnd); end <= limit; end++)
        {
            var sink = new ScoreSink(_endWeights);
            AttributionFeatures.ContentEnd(context, sentence, cueLast, first, end, limit, counts, ref sink);
            if (sink.Score > bestScore)
            {
                bestScore = sink.Score;
                best = end;
            }
        }

        if (rented is not null) ArrayPool<int>.Shared.Return(rented);
        return best;
    }

    /// <summary>The best-scoring start of the content after the cue whose last token is <paramref name="cueLast"/>, before <paramref name="limit"/>.</summary>
    internal int BestContentStart(QuoteContext context, Sentence sentence, int cueLast, int limit)
    {
        var best = cueLast + 1;
        var bestScore = double.NegativeInfinity;
        for (var start = cueLast + 1; start < limit && start <= cueLast + 1 + AttributionFeatures.MaxStartSkip; start++)
        {
            var sink = new ScoreSink(_startWeights);
            AttributionFeatures.ContentStart(context, sentence, cueLast, start, ref sink);
            if (sink.Score > bestScore)
            {
                bestScore = sink.Score;
                best = start;
            }
        }

        return best;
    }

    /// <summary>Reads the TSV that <c>newsgraph train attribution</c> writes: decision, feature hash (hex), weight.</summary>
    public static AttributionModel Parse(string tsv, CueLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        ArgumentNullException.ThrowIfNull(lexicon);
        var cue = new Dictionary<ulong, float>();
        var end = new Dictionary<ulong, float>();
        var start = new Dictionary<ulong, float>();
        Span<Range> fields = stackalloc Range[4];
        foreach (var line in tsv.AsSpan().EnumerateLines())
        {
            if (line.IsEmpty || line[0] == '#' || line.StartsWith("decision\t")) continue;
            if (line.Split(fields, '\t') != 3
                || !ulong.TryParse(line[fields[1]], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hash)
                || !float.TryParse(line[fields[2]], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                throw new FormatException($"Bad attribution model line: {line}");
            }

            var table = line[fields[0]] switch
            {
                "cue" => cue,
                "end" => end,
                "start" => start,
                _ => throw new FormatException($"Bad attribution model decision in: {line}"),
            };
            table[hash] = weight;
        }

        return new AttributionModel(cue, end, start, lexicon);
    }

    /// <summary>The TSV form of a decision's name.</summary>
    public static string NameOf(AttributionDecision decision) => decision switch
    {
        AttributionDecision.Cue => "cue",
        AttributionDecision.ContentEnd => "end",
        _ => "start",
    };

    private struct ScoreSink(FrozenDictionary<ulong, float> weights) : IFeatureSink
    {
        public double Score { get; private set; }

        public void Add(FeatureHash feature)
        {
            if (weights.TryGetValue(feature.Value, out var weight)) Score += weight;
        }
    }
}
