using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Newsgraph.Core.Text;

namespace Newsgraph.Core.Tagging;

/// <summary>
/// Greedy left-to-right tagging with a <see cref="PerceptronModel"/>. A token's class scores are a sum of vectors:
/// the bias and history rows, and for each word within two tokens the weight sum of that word's features at that
/// offset. Those sums are computed once per tagger for a vocabulary word, the first time it is seen (so start-up
/// stays short), and once per call for other words, so tagging a known word adds a dozen vectors and allocates
/// nothing. Thread-safe: a vocabulary word's sums are written whole before they are marked ready, and any thread
/// that computes them computes the same values. The hot methods are compiled optimised at once: a single run over a
/// corpus would otherwise spend seconds in unoptimised first-tier code, since start-up keeps delaying the tier-up.
/// </summary>
public sealed class PerceptronTagger
{
    private readonly PerceptronModel _model;
    private readonly WordFeatures _features;
    private readonly int _classes;
    /// <summary>Classes rounded up to whole SIMD vectors; weight vectors are this long.</summary>
    private readonly int _width;
    private readonly float[] _rows;
    private readonly float[] _wordSums;
    /// <summary>Per vocabulary word: 1 once its sums in <see cref="_wordSums"/> are written.</summary>
    private readonly int[] _ready;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _vocabulary;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordFeatures;
    private readonly int _boundary;
    /// <summary>[previous class (Classes = none) * Classes + class]: whether the class may follow (I-X only after B-X or I-X).</summary>
    private readonly bool[] _allowed;

    /// <param name="moreVocabulary">
    /// Further words to sum ahead (e.g. another model's vocabulary): tagging a known word is several times faster.
    /// </param>
    public PerceptronTagger(PerceptronModel model, NameLexicon names, IEnumerable<string>? moreVocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(names);
        _model = model;
        _features = new WordFeatures(model.Kind, names);
        _classes = model.Classes.Count;
        _width = (_classes + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        var rowCount = model.Weights.Length / _classes;
        _rows = new float[rowCount * _width];
        for (var r = 0; r < rowCount; r++) model.Weights.AsSpan(r * _classes, _classes).CopyTo(_rows.AsSpan(r * _width));
        _wordFeatures = model.WordFeatureRows.GetAlternateLookup<ReadOnlySpan<char>>();

        var vocabulary = new Dictionary<string, int>(model.Vocabulary.Count + 1, StringComparer.Ordinal);
        foreach (var word in model.Vocabulary.Concat(moreVocabulary ?? [])) vocabulary.TryAdd(word, vocabulary.Count);
        _boundary = vocabulary.Count;
        vocabulary.TryAdd(WordFeatures.Boundary, _boundary);
        _wordSums = new float[vocabulary.Count * WordFeatures.Offsets * _width];
        _ready = new int[vocabulary.Count];
        _vocabulary = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        Prepare(_boundary, WordFeatures.Boundary);
        _allowed = AllowedTransitions(model.Classes);
    }

    public PerceptronModel Model => _model;

    /// <summary>The name lexicon its entity features read.</summary>
    public NameLexicon Names => _features.Names;

    /// <summary>
    /// Tags <paramref name="tokens"/> of <paramref name="text"/> as one sentence, writing class indices to
    /// <paramref name="classes"/> (one per token). An entity model reads the part-of-speech class of each token, as
    /// indices into the model's <see cref="PerceptronModel.PosClasses"/>.
    /// </summary>
    public void TagSentence(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<byte> posClasses, Span<byte> classes) =>
        Tag(text, tokens, null, posClasses, classes);

    /// <summary>
    /// Tags each sentence of a document (token ranges of <paramref name="tokens"/>), as <see cref="TagSentence"/> does;
    /// a word outside the vocabulary has its weights summed once for the whole document.
    /// </summary>
    public void TagSentences(string text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences, ReadOnlySpan<byte> posClasses, Span<byte> classes)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        Tag(text, tokens, sentences, posClasses, classes);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Tag(string text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence>? sentences, ReadOnlySpan<byte> posClasses, Span<byte> classes)
    {
        ArgumentNullException.ThrowIfNull(text);
        var n = tokens.Length;
        if (classes.Length < n) throw new ArgumentException("One class slot per token is needed.", nameof(classes));
        if (_model.PosClasses.Count > 0 && posClasses.Length < n) throw new ArgumentException("An entity model needs the tokens' part-of-speech classes.", nameof(posClasses));
        if (n == 0) return;

        var block = WordFeatures.Offsets * _width;
        var entries = ArrayPool<int>.Shared.Rent(n);
        var shapes = ArrayPool<byte>.Shared.Rent(n);
        float[]? scratch = null;
        var scratchUsed = 0;
        // Words outside the vocabulary, summed once per call: names recur within an article.
        Dictionary<string, int>? unknown = null;
        try
        {
            for (var i = 0; i < n; i++)
            {
                var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
                shapes[i] = (byte)WordFeatures.ShapeCode(word);
                if (_vocabulary.TryGetValue(word, out var known))
                {
                    if (Volatile.Read(ref _ready[known]) == 0) Prepare(known, word);
                    entries[i] = known * block;
                    continue;
                }

                unknown ??= new Dictionary<string, int>(StringComparer.Ordinal);
                var unknownLookup = unknown.GetAlternateLookup<ReadOnlySpan<char>>();
                if (unknownLookup.TryGetValue(word, out var seen))
                {
                    entries[i] = seen;
                    continue;
                }

                // Sum its features into scratch space after the vocabulary's, grown as unknown words come.
                if (scratch is null || scratchUsed + block > scratch.Length)
                {
                    var larger = ArrayPool<float>.Shared.Rent(Math.Max(16 * block, 2 * scratchUsed + block));
                    if (scratch is not null)
                    {
                        scratch.AsSpan(0, scratchUsed).CopyTo(larger);
                        ArrayPool<float>.Shared.Return(scratch);
                    }

                    scratch = larger;
                }

                var sums = scratch.AsSpan(scratchUsed, block);
                sums.Clear();
                SumWord(word, sums);
                entries[i] = _wordSums.Length + scratchUsed;
                unknownLookup[word] = entries[i];
                scratchUsed += block;
            }

            if (sentences is null) Decode(0, n, shapes, posClasses, classes, entries, scratch);
            else
            {
                foreach (var sentence in sentences) Decode(sentence.FirstToken, sentence.TokenCount, shapes, posClasses, classes, entries, scratch);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(entries);
            ArrayPool<byte>.Shared.Return(shapes);
            if (scratch is not null) ArrayPool<float>.Shared.Return(scratch);
        }
    }

    /// <summary>Decoding of the sentence of tokens [first, first + n), as the model was trained.</summary>
    private void Decode(int first, int n, byte[] shapes, ReadOnlySpan<byte> posClasses, Span<byte> classes, int[] entries, float[]? scratch)
    {
        if (_model.Decoding == TaggerDecoding.Viterbi) DecodeViterbi(first, n, shapes, posClasses, classes, entries, scratch);
        else DecodeGreedy(first, n, shapes, posClasses, classes, entries, scratch);
    }

    /// <summary>First-order decoding: each token's scores without label history, then the best sequence by Viterbi.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void DecodeViterbi(int first, int n, byte[] shapes, ReadOnlySpan<byte> posClasses, Span<byte> classes, int[] entries, float[]? scratch)
    {
        if (n == 0) return;
        var layout = _model.Layout;
        var noPos = _model.PosClasses.Count;
        var emissions = ArrayPool<float>.Shared.Rent(n * _width);
        var back = ArrayPool<byte>.Shared.Rent(n * _classes);
        try
        {
            Span<int> rows = stackalloc int[FeatureLayout.EmissionRows + FeatureLayout.PosRows];
            var rowCount = noPos > 0 ? rows.Length : FeatureLayout.EmissionRows;
            for (var i = 0; i < n; i++)
            {
                var t = first + i;
                layout.Emission(i == 0, shapes[t], i + 1 < n ? shapes[t + 1] : WordFeatures.ShapeCodes, rows);
                if (noPos > 0)
                {
                    layout.PartOfSpeech(i > 0 ? posClasses[t - 1] : noPos, posClasses[t], i + 1 < n ? posClasses[t + 1] : noPos, rows[FeatureLayout.EmissionRows..]);
                }

                var scores = emissions.AsSpan(i * _width, _width);
                scores.Clear();
                for (var r = 0; r < rowCount; r++) AddVector(scores, _rows.AsSpan(rows[r] * _width, _width));
                AddWords(first, i, n, entries, scratch, scores);
            }

            Span<float> delta = stackalloc float[2 * _classes];
            var transitions = _rows.AsSpan(layout.Previous * _width, (_classes + 1) * _width);
            ViterbiDecoder.Decode(emissions, n, _width, _classes, transitions, _allowed, delta, back, classes.Slice(first, n));
        }
        finally
        {
            ArrayPool<float>.Shared.Return(emissions);
            ArrayPool<byte>.Shared.Return(back);
        }
    }

    /// <summary>Adds the summed word weights of the tokens within two of token i (of the sentence at <paramref name="first"/>) at their offsets.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddWords(int first, int i, int n, int[] entries, float[]? scratch, Span<float> scores)
    {
        var block = WordFeatures.Offsets * _width;
        var boundary = _boundary * block;
        for (var d = -WordFeatures.MaxOffset; d <= WordFeatures.MaxOffset; d++)
        {
            // The word at i + d contributes its features at offset d.
            var j = i + d;
            var entry = j < 0 || j >= n ? boundary : entries[first + j];
            var offsetSlot = (d + WordFeatures.MaxOffset) * _width;
            var source = entry < _wordSums.Length ? _wordSums.AsSpan(entry + offsetSlot, _width) : scratch.AsSpan(entry - _wordSums.Length + offsetSlot, _width);
            AddVector(scores, source);
        }
    }

    /// <summary>Greedy decoding, left to right.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void DecodeGreedy(int first, int n, byte[] shapes, ReadOnlySpan<byte> posClasses, Span<byte> classes, int[] entries, float[]? scratch)
    {
        var layout = _model.Layout;
        var none = _classes;
        var noPos = _model.PosClasses.Count;
        Span<float> scores = stackalloc float[_width];
        Span<int> rows = stackalloc int[FeatureLayout.HistoryRows + FeatureLayout.PosRows];
        var rowCount = noPos > 0 ? rows.Length : FeatureLayout.HistoryRows;
        int previous = none, beforePrevious = none;
        for (var i = 0; i < n; i++)
        {
            var t = first + i;
            layout.History(previous, beforePrevious, i == 0, shapes[t], i + 1 < n ? shapes[t + 1] : WordFeatures.ShapeCodes, rows);
            if (noPos > 0)
            {
                layout.PartOfSpeech(i > 0 ? posClasses[t - 1] : noPos, posClasses[t], i + 1 < n ? posClasses[t + 1] : noPos, rows[FeatureLayout.HistoryRows..]);
            }

            scores.Clear();
            for (var r = 0; r < rowCount; r++) AddVector(scores, _rows.AsSpan(rows[r] * _width, _width));
            AddWords(first, i, n, entries, scratch, scores);

            var best = Best(scores, previous);
            classes[t] = (byte)best;
            beforePrevious = previous;
            previous = best;
        }
    }

    /// <summary>Writes a vocabulary word's sums, then marks them ready; computed aside, so no reader sees them cleared.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Prepare(int index, ReadOnlySpan<char> word)
    {
        var block = WordFeatures.Offsets * _width;
        Span<float> sums = stackalloc float[block];
        sums.Clear();
        SumWord(word, sums);
        sums.CopyTo(_wordSums.AsSpan(index * block, block));
        Volatile.Write(ref _ready[index], 1);
    }

    /// <summary>The weight sums of one word's features at each offset, offset -2 first, each <c>_width</c> long.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SumWord(ReadOnlySpan<char> word, Span<float> sums)
    {
        for (var offset = -WordFeatures.MaxOffset; offset <= WordFeatures.MaxOffset; offset++)
        {
            var sink = new SumSink(_wordFeatures, _rows, _width, sums.Slice((offset + WordFeatures.MaxOffset) * _width, _width));
            _features.Extract(word, offset, ref sink);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Best(ReadOnlySpan<float> scores, int previous)
    {
        var allowed = _allowed.AsSpan(previous * _classes, _classes);
        var best = -1;
        var bestScore = float.NegativeInfinity;
        for (var c = 0; c < _classes; c++)
        {
            if (!allowed[c]) continue;
            if (best < 0 || scores[c] > bestScore)
            {
                best = c;
                bestScore = scores[c];
            }
        }

        return best;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddVector(Span<float> target, ReadOnlySpan<float> source)
    {
        var t = MemoryMarshal.Cast<float, Vector<float>>(target);
        var s = MemoryMarshal.Cast<float, Vector<float>>(source);
        for (var k = 0; k < t.Length; k++) t[k] += s[k];
    }

    internal static bool[] AllowedTransitions(IReadOnlyList<string> classes)
    {
        var count = classes.Count;
        var allowed = new bool[(count + 1) * count];
        for (var previous = 0; previous <= count; previous++)
        {
            for (var c = 0; c < count; c++)
            {
                var label = classes[c];
                allowed[previous * count + c] = !label.StartsWith("I-", StringComparison.Ordinal)
                    || previous < count && classes[previous].Length > 2 && classes[previous].AsSpan(2).SequenceEqual(label.AsSpan(2));
            }
        }

        return allowed;
    }

    /// <summary>Adds the weight row of each feature key the model knows; an unknown key adds nothing.</summary>
    private ref struct SumSink(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> rows, float[] weights, int width, Span<float> target) : IFeatureSink
    {
        private readonly Span<float> _target = target;

        public readonly void Add(scoped ReadOnlySpan<char> key)
        {
            if (rows.TryGetValue(key, out var row)) AddVector(_target, weights.AsSpan(row * width, width));
        }
    }
}
