using System.Runtime.InteropServices;
using Newsgraph.Core.Tagging;

namespace Newsgraph.Core.Training;

/// <summary>One training sentence: its words and the label of each (a part-of-speech tag or a BIO entity label).</summary>
public sealed record LabelledSentence(string[] Words, string[] Labels);

/// <summary>How to train: epochs, the shuffling seed and how much to keep.</summary>
public sealed record PerceptronTrainingOptions(TaggerKind Kind, string Description)
{
    public int Epochs { get; init; } = 6;

    public int Seed { get; init; } = 1;

    /// <summary>Greedy (each label reads the two guessed before it) or first order, trained and run with Viterbi.</summary>
    public TaggerDecoding Decoding { get; init; } = TaggerDecoding.Greedy;

    /// <summary>Word features seen less often than this are left out.</summary>
    public int MinFeatureCount { get; init; } = 2;

    /// <summary>Averaged weights smaller than this (in absolute value) are dropped from the model.</summary>
    public float PruneBelow { get; init; } = 0.05f;

    /// <summary>Words seen at least this often are in the model's precomputed vocabulary.</summary>
    public int VocabularyMinCount { get; init; } = 3;
}

/// <summary>What a training run reports after each epoch: accuracy on its training data and the caller's dev score.</summary>
public readonly record struct EpochReport(int Epoch, int Epochs, double TrainAccuracy, double DevScore);

/// <summary>
/// Trains an averaged perceptron (Collins 2002) over labelled sentences: greedy, with the tagger's own guesses as
/// history, or first order, each sentence decoded whole by Viterbi and the gold sequence's features rewarded over the
/// guessed one's. Pure and deterministic: the same sentences, options and seed give the same model bytes.
/// </summary>
public sealed class PerceptronTrainer
{
    private readonly PerceptronTrainingOptions _options;
    private readonly WordFeatures _features;
    private readonly PerceptronTagger? _posTagger;

    /// <param name="names">Name lexicon for the entity features (the one the engine ships).</param>
    /// <param name="posTagger">For an entity model: the part-of-speech tagger whose tags its features read.</param>
    public PerceptronTrainer(PerceptronTrainingOptions options, NameLexicon names, PerceptronTagger? posTagger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(names);
        if (options.Kind == TaggerKind.NamedEntity && posTagger is null) throw new ArgumentException("An entity model needs a part-of-speech tagger.", nameof(posTagger));
        _options = options;
        _features = new WordFeatures(options.Kind, names);
        _posTagger = options.Kind == TaggerKind.NamedEntity ? posTagger : null;
    }

    /// <param name="devScore">Scores a tagger on held-out data after each epoch (accuracy or F1), for the report.</param>
    /// <param name="report">Called after each epoch.</param>
    /// <param name="progress">Called now and then within an epoch with the share of sentences done.</param>
    public PerceptronModel Train(IReadOnlyList<LabelledSentence> sentences, Func<PerceptronTagger, double> devScore, Action<EpochReport>? report = null, Action<int, double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(devScore);
        var classes = sentences.SelectMany(s => s.Labels).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (classes.Length is 0 or > 255) throw new ArgumentException("Between 1 and 255 distinct labels are needed.", nameof(sentences));
        var classIndex = classes.Select((label, index) => (label, index)).ToDictionary(p => p.label, p => p.index, StringComparer.Ordinal);
        var posClasses = _posTagger is null ? [] : _posTagger.Model.Classes.ToArray();
        var layout = new FeatureLayout(classes.Length, posClasses.Length);

        var corpus = Corpus.Build(sentences, classIndex, _features, layout.Rows, _options.MinFeatureCount, _posTagger);
        var width = classes.Length;
        var rowCount = layout.Rows + corpus.FeatureKeys.Length;
        var weights = new float[rowCount * width];
        var updates = new double[rowCount * width];
        var allowed = PerceptronTagger.AllowedTransitions(classes);
        var random = new Random(_options.Seed);
        var order = Enumerable.Range(0, corpus.Sentences.Length).ToArray();
        var step = 1L;
        var scores = new float[width];
        var active = new List<int>(64);
        var sequence = new SequenceScratch(width);
        for (var epoch = 1; epoch <= _options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0;
            for (var k = 0; k < order.Length; k++)
            {
                var sentence = corpus.Sentences[order[k]];
                if (_options.Decoding == TaggerDecoding.Viterbi)
                {
                    correct += TrainSequence(sentence, corpus, layout, weights, updates, allowed, sequence, step);
                    total += sentence.Types.Length;
                    step++;
                    if ((k & 1023) == 0) progress?.Invoke(epoch, (double)k / order.Length);
                    continue;
                }

                int previous = width, beforePrevious = width;
                for (var i = 0; i < sentence.Types.Length; i++)
                {
                    corpus.ActiveRows(sentence, i, previous, beforePrevious, layout, active);
                    Array.Clear(scores);
                    foreach (var row in active)
                    {
                        var weightRow = weights.AsSpan(row * width, width);
                        for (var c = 0; c < width; c++) scores[c] += weightRow[c];
                    }

                    var guess = Best(scores, allowed.AsSpan(previous * width, width));
                    var gold = sentence.Labels[i];
                    if (guess != gold) Update(weights, updates, CollectionsMarshal.AsSpan(active), width, gold, guess, step);
                    else correct++;

                    total++;
                    step++;
                    beforePrevious = previous;
                    previous = guess;
                }

                if ((k & 1023) == 0) progress?.Invoke(epoch, (double)k / order.Length);
            }

            var model = BuildModel(Average(weights, updates, step, 0), classes, posClasses, corpus, layout);
            var dev = devScore(new PerceptronTagger(model, _features.Names));
            report?.Invoke(new EpochReport(epoch, _options.Epochs, total == 0 ? 0 : (double)correct / total, dev));
        }

        return BuildModel(Average(weights, updates, step, _options.PruneBelow), classes, posClasses, corpus, layout);
    }

    /// <summary>
    /// One structured perceptron step: decodes the sentence by Viterbi with the current weights and, where the guess
    /// differs from the gold labels, moves each token's rows and each label pair towards gold. Returns the tokens right.
    /// </summary>
    private static int TrainSequence(CorpusSentence sentence, Corpus corpus, FeatureLayout layout, float[] weights, double[] updates, bool[] allowed, SequenceScratch scratch, long step)
    {
        var n = sentence.Types.Length;
        var width = layout.Classes;
        scratch.Ensure(n);
        var emissions = scratch.Emissions.AsSpan(0, n * width);
        emissions.Clear();
        for (var i = 0; i < n; i++)
        {
            var rows = scratch.Rows[i];
            corpus.EmissionRows(sentence, i, layout, rows);
            var target = emissions.Slice(i * width, width);
            foreach (var row in rows)
            {
                var weightRow = weights.AsSpan(row * width, width);
                for (var c = 0; c < width; c++) target[c] += weightRow[c];
            }
        }

        var guess = scratch.Guess.AsSpan(0, n);
        var transitions = weights.AsSpan(layout.Previous * width, (width + 1) * width);
        ViterbiDecoder.Decode(emissions, n, width, width, transitions, allowed, scratch.Delta, scratch.Back, guess);

        var correct = 0;
        for (var i = 0; i < n; i++)
        {
            int gold = sentence.Labels[i], guessed = guess[i];
            int goldBefore = i == 0 ? width : sentence.Labels[i - 1], guessedBefore = i == 0 ? width : guess[i - 1];
            if (gold == guessed) correct++;
            else Update(weights, updates, CollectionsMarshal.AsSpan(scratch.Rows[i]), width, gold, guessed, step);
            if (gold == guessed && goldBefore == guessedBefore) continue;
            Nudge(weights, updates, (layout.Previous + goldBefore) * width + gold, 1, step);
            Nudge(weights, updates, (layout.Previous + guessedBefore) * width + guessed, -1, step);
        }

        return correct;
    }

    private static void Nudge(float[] weights, double[] updates, int cell, int by, long step)
    {
        weights[cell] += by;
        updates[cell] += by * step;
    }

    /// <summary>Buffers of the Viterbi training step, grown to the longest sentence.</summary>
    private sealed class SequenceScratch(int classes)
    {
        public float[] Emissions { get; private set; } = [];

        public byte[] Back { get; private set; } = [];

        public byte[] Guess { get; private set; } = [];

        public float[] Delta { get; } = new float[2 * classes];

        public List<List<int>> Rows { get; } = [];

        public void Ensure(int tokens)
        {
            if (Guess.Length < tokens)
            {
                Emissions = new float[tokens * classes];
                Back = new byte[tokens * classes];
                Guess = new byte[tokens];
            }

            while (Rows.Count < tokens) Rows.Add(new List<int>(64));
        }
    }

    private static int Best(ReadOnlySpan<float> scores, ReadOnlySpan<bool> allowed)
    {
        var best = -1;
        for (var c = 0; c < scores.Length; c++)
        {
            if (allowed[c] && (best < 0 || scores[c] > scores[best])) best = c;
        }

        return best;
    }

    /// <summary>A perceptron update of the rows that fired: towards the gold class, away from the guess, with the step noted for averaging.</summary>
    internal static void Update(float[] weights, double[] updates, ReadOnlySpan<int> rows, int width, int gold, int guess, long step)
    {
        foreach (var row in rows)
        {
            weights[row * width + gold] += 1;
            updates[row * width + gold] += step;
            weights[row * width + guess] -= 1;
            updates[row * width + guess] -= step;
        }
    }

    /// <summary>Daumé's averaging: the mean weight over all steps is w - u / steps; weights under the threshold become 0.</summary>
    internal static float[] Average(float[] weights, double[] updates, long steps, float pruneBelow)
    {
        var averaged = new float[weights.Length];
        for (var k = 0; k < weights.Length; k++)
        {
            var value = (float)(weights[k] - updates[k] / steps);
            averaged[k] = Math.Abs(value) < pruneBelow ? 0 : value;
        }

        return averaged;
    }

    private PerceptronModel BuildModel(float[] averaged, string[] classes, string[] posClasses, Corpus corpus, FeatureLayout layout)
    {
        var width = classes.Length;
        var kept = new List<int>();
        for (var f = 0; f < corpus.FeatureKeys.Length; f++)
        {
            if (averaged.AsSpan((layout.Rows + f) * width, width).ContainsAnyExcept(0f)) kept.Add(f);
        }

        var weights = new float[(layout.Rows + kept.Count) * width];
        averaged.AsSpan(0, layout.Rows * width).CopyTo(weights);
        var rows = new Dictionary<string, int>(kept.Count, StringComparer.Ordinal);
        for (var k = 0; k < kept.Count; k++)
        {
            var row = layout.Rows + k;
            averaged.AsSpan((layout.Rows + kept[k]) * width, width).CopyTo(weights.AsSpan(row * width));
            rows.Add(corpus.FeatureKeys[kept[k]], row);
        }

        var vocabulary = corpus.TypeCounts.Where(p => p.Value >= _options.VocabularyMinCount).Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
        return new PerceptronModel(_options.Kind, _options.Decoding, _options.Description, classes, posClasses, weights, rows, vocabulary);
    }

    /// <summary>The training sentences as word-type and label indices, and each word type's feature rows per offset.</summary>
    private sealed class Corpus
    {
        public required CorpusSentence[] Sentences { get; init; }

        /// <summary>Word feature keys by feature index (row = layout rows + index), in ordinal order.</summary>
        public required string[] FeatureKeys { get; init; }

        /// <summary>[type][offset + 2]: the feature rows the word type fires at that offset; the last type is the boundary.</summary>
        public required int[][][] TypeRows { get; init; }

        public required Dictionary<string, int> TypeCounts { get; init; }

        public int BoundaryType => TypeRows.Length - 1;

        public void ActiveRows(CorpusSentence sentence, int i, int previous, int beforePrevious, FeatureLayout layout, List<int> active)
        {
            Span<int> history = stackalloc int[FeatureLayout.HistoryRows];
            layout.History(previous, beforePrevious, i == 0, sentence.Shapes[i], NextShape(sentence, i), history);
            AddRows(sentence, i, layout, history, active);
        }

        /// <summary>The rows of a first-order model: <see cref="ActiveRows"/> less those that read earlier labels.</summary>
        public void EmissionRows(CorpusSentence sentence, int i, FeatureLayout layout, List<int> active)
        {
            Span<int> emission = stackalloc int[FeatureLayout.EmissionRows];
            layout.Emission(i == 0, sentence.Shapes[i], NextShape(sentence, i), emission);
            AddRows(sentence, i, layout, emission, active);
        }

        private static int NextShape(CorpusSentence sentence, int i) => i + 1 < sentence.Shapes.Length ? sentence.Shapes[i + 1] : WordFeatures.ShapeCodes;

        private void AddRows(CorpusSentence sentence, int i, FeatureLayout layout, ReadOnlySpan<int> fixedRows, List<int> active)
        {
            active.Clear();
            foreach (var row in fixedRows) active.Add(row);
            if (sentence.Pos is { } pos)
            {
                var none = layout.PosClasses;
                Span<int> posRows = stackalloc int[FeatureLayout.PosRows];
                layout.PartOfSpeech(i > 0 ? pos[i - 1] : none, pos[i], i + 1 < pos.Length ? pos[i + 1] : none, posRows);
                foreach (var row in posRows) active.Add(row);
            }

            for (var d = -WordFeatures.MaxOffset; d <= WordFeatures.MaxOffset; d++)
            {
                var j = i + d;
                var type = j < 0 || j >= sentence.Types.Length ? BoundaryType : sentence.Types[j];
                active.AddRange(TypeRows[type][d + WordFeatures.MaxOffset]);
            }
        }

        public static Corpus Build(IReadOnlyList<LabelledSentence> sentences, Dictionary<string, int> classIndex, WordFeatures features, int firstFeatureRow, int minFeatureCount, PerceptronTagger? posTagger)
        {
            var typeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            var typeCounts = new Dictionary<string, int>(StringComparer.Ordinal);
            var converted = new CorpusSentence[sentences.Count];
            for (var s = 0; s < sentences.Count; s++)
            {
                var sentence = sentences[s];
                if (sentence.Words.Length != sentence.Labels.Length) throw new ArgumentException("Every word needs one label.", nameof(sentences));
                var types = new int[sentence.Words.Length];
                var shapes = new byte[sentence.Words.Length];
                var labels = new byte[sentence.Words.Length];
                for (var i = 0; i < types.Length; i++)
                {
                    var word = sentence.Words[i];
                    if (!typeIndex.TryGetValue(word, out types[i])) typeIndex.Add(word, types[i] = typeIndex.Count);
                    typeCounts[word] = typeCounts.GetValueOrDefault(word) + 1;
                    shapes[i] = (byte)WordFeatures.ShapeCode(word);
                    labels[i] = (byte)classIndex[sentence.Labels[i]];
                }

                converted[s] = new CorpusSentence(types, labels, shapes, posTagger is null ? null : PosClasses(posTagger, sentence.Words));
            }

            typeIndex.Add(WordFeatures.Boundary, typeIndex.Count);
            var typeWords = new string[typeIndex.Count];
            foreach (var (word, index) in typeIndex) typeWords[index] = word;

            // Count each feature once per occurrence of its word type, then keep the frequent ones.
            var keysOfType = new string[typeWords.Length][][];
            var featureCounts = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var t = 0; t < typeWords.Length; t++)
            {
                // Sentence boundaries count once per sentence end.
                var frequency = t == typeWords.Length - 1 ? 2 * sentences.Count : typeCounts[typeWords[t]];
                keysOfType[t] = new string[WordFeatures.Offsets][];
                for (var d = -WordFeatures.MaxOffset; d <= WordFeatures.MaxOffset; d++)
                {
                    var sink = new KeyCollector([]);
                    features.Extract(typeWords[t], d, ref sink);
                    keysOfType[t][d + WordFeatures.MaxOffset] = [.. sink.Keys];
                    foreach (var key in sink.Keys) featureCounts[key] = featureCounts.GetValueOrDefault(key) + frequency;
                }
            }

            var featureKeys = featureCounts.Where(p => p.Value >= minFeatureCount).Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
            var featureRow = new Dictionary<string, int>(featureKeys.Length, StringComparer.Ordinal);
            for (var f = 0; f < featureKeys.Length; f++) featureRow.Add(featureKeys[f], firstFeatureRow + f);
            var typeRows = new int[typeWords.Length][][];
            for (var t = 0; t < typeWords.Length; t++)
            {
                typeRows[t] = new int[WordFeatures.Offsets][];
                for (var o = 0; o < WordFeatures.Offsets; o++)
                {
                    typeRows[t][o] = [.. keysOfType[t][o].Where(featureRow.ContainsKey).Select(key => featureRow[key])];
                }
            }

            return new Corpus { Sentences = converted, FeatureKeys = featureKeys, TypeRows = typeRows, TypeCounts = typeCounts };
        }

        private static byte[] PosClasses(PerceptronTagger posTagger, string[] words)
        {
            var (text, tokens) = WordText.Join(words);
            var classes = new byte[words.Length];
            posTagger.TagSentence(text, tokens, [], classes);
            return classes;
        }
    }

    private sealed record CorpusSentence(int[] Types, byte[] Labels, byte[] Shapes, byte[]? Pos);

    private readonly struct KeyCollector(List<string> keys) : IFeatureSink
    {
        public List<string> Keys => keys;

        public void Add(scoped ReadOnlySpan<char> key) => keys.Add(key.ToString());
    }
}
