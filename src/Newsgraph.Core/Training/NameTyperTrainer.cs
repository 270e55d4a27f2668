using Newsgraph.Core.Mentions;
using Newsgraph.Core.Tagging;
using Newsgraph.Core.Text;

namespace Newsgraph.Core.Training;

/// <summary>
/// Trains the <see cref="NameTyper"/>: a multiclass averaged perceptron over the gold person, organisation and place names
/// of whole documents (the features read the document). Pure and deterministic: the same documents and seed give the
/// same typer.
/// </summary>
public static class NameTyperTrainer
{
    /// <summary>Features seen in fewer names than this are left out.</summary>
    private const int MinFeatureCount = 2;

    /// <summary>Averaged weights smaller than this (in absolute value) are dropped.</summary>
    private const float PruneBelow = 0.05f;

    /// <summary>
    /// Each document of <paramref name="gold"/> with the names found in it by an entity tagger trained as
    /// <paramref name="options"/> say on the other folds (documents by index modulo <paramref name="folds"/>, each gold
    /// sentence <paramref name="goldWeight"/> times) and <paramref name="extra"/>: the tagger's output as it will be on unseen text.
    /// </summary>
    public static List<TyperDocument> OutOfFold(IReadOnlyList<TreebankSentence> gold, IReadOnlyList<LabelledSentence> extra, int goldWeight, int folds, PerceptronTrainingOptions options, NameLexicon lexicon, PerceptronTagger posTagger)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(extra);
        var documents = new SortedDictionary<int, TyperDocument>();
        for (var fold = 0; fold < folds; fold++)
        {
            var sentences = new List<LabelledSentence>();
            var training = gold.Where(s => s.Document % folds != fold).Select(s => new LabelledSentence([.. s.Words.Select(w => w.Form)], TaggedCorpora.BioLabels(s))).ToList();
            for (var k = 0; k < goldWeight; k++) sentences.AddRange(training);
            sentences.AddRange(extra);
            var tagger = new PerceptronTagger(new PerceptronTrainer(options, lexicon, posTagger).Train(sentences, _ => 0), lexicon);
            foreach (var document in gold.Where(s => s.Document % folds == fold).GroupBy(s => s.Document))
            {
                var held = document.ToList();
                var tagged = held.Select(s => s.Words.Select(w => w.Form).ToArray()).Select(words => (words, SentenceTagging.TagWords(posTagger, words))).ToList();
                documents.Add(document.Key, new TyperDocument(held, SentenceTagging.FindDocumentNames(tagger, tagged)));
            }
        }

        return [.. documents.Values];
    }

    /// <param name="documents">Each document's sentences, in order, with their gold names.</param>
    public static NameTyper Train(IEnumerable<TyperDocument> documents, NameLexicon lexicon, int epochs, int seed)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(lexicon);
        var examples = new List<(List<string> Features, int Label)>();
        foreach (var document in documents) AddDocument(document, lexicon, examples);

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (features, _) in examples)
        {
            foreach (var key in features) counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var keys = counts.Where(p => p.Value >= MinFeatureCount).Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
        var index = new Dictionary<string, int>(keys.Length, StringComparer.Ordinal);
        for (var k = 0; k < keys.Length; k++) index.Add(keys[k], k);
        var encoded = examples.Select(e => (Rows: e.Features.Where(index.ContainsKey).Select(key => index[key]).Distinct().ToArray(), e.Label)).ToArray();

        var width = NameTyper.Types.Length;
        var weights = new float[keys.Length * width];
        var updates = new double[weights.Length];
        var order = Enumerable.Range(0, encoded.Length).ToArray();
        var random = new Random(seed);
        var scores = new float[width];
        var step = 1L;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var e in order)
            {
                var (rows, gold) = encoded[e];
                Array.Clear(scores);
                foreach (var row in rows)
                {
                    for (var c = 0; c < width; c++) scores[c] += weights[row * width + c];
                }

                var guess = NameTyper.Best(scores);
                if (guess != gold) PerceptronTrainer.Update(weights, updates, rows, width, gold, guess, step);
                step++;
            }
        }

        var averaged = PerceptronTrainer.Average(weights, updates, step, PruneBelow);
        var kept = new Dictionary<string, int>(StringComparer.Ordinal);
        var keptWeights = new List<float>();
        for (var k = 0; k < keys.Length; k++)
        {
            var row = averaged.AsSpan(k * width, width);
            if (!row.ContainsAnyExcept(0f)) continue;
            kept.Add(keys[k], kept.Count);
            keptWeights.AddRange(row);
        }

        return new NameTyper(kept, [.. keptWeights]);
    }

    private static void AddDocument(TyperDocument document, NameLexicon lexicon, List<(List<string> Features, int Label)> examples)
    {
        var words = new List<string>();
        var sentences = new Sentence[document.Sentences.Count];
        // Gold names, with the type the tagger gave the same words (none when it missed them).
        var names = new List<(int First, int End, EntityType Type)>();
        var labels = new List<int>();
        for (var s = 0; s < sentences.Length; s++)
        {
            var offset = words.Count;
            var sentence = document.Sentences[s];
            words.AddRange(sentence.Words.Select(w => w.Form));
            sentences[s] = new Sentence(0, 0, offset, words.Count, 0);
            foreach (var name in sentence.Names)
            {
                var label = Array.IndexOf(NameTyper.Types, name.Type);
                if (label < 0) continue;
                var found = document.Predicted[s].FirstOrDefault(p => p.First == name.First && p.End == name.End && Array.IndexOf(NameTyper.Types, p.Type) >= 0);
                names.Add((offset + name.First, offset + name.End, found.End > 0 ? found.Type : EntityType.Other));
                labels.Add(label);
            }
        }

        var (text, tokens) = WordText.Join(words);
        var features = NameTypeFeatures.Extract(text, tokens, sentences, lexicon, names);
        for (var n = 0; n < names.Count; n++) examples.Add((features[n], labels[n]));
    }
}

/// <summary>A document's gold sentences and, per sentence, the names a tagger that never saw it found (word spans, end exclusive).</summary>
public sealed record TyperDocument(IReadOnlyList<TreebankSentence> Sentences, IReadOnlyList<List<(int First, int End, EntityType Type)>> Predicted);
