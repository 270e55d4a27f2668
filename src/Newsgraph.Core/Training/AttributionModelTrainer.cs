using System.Globalization;
using System.Text;
using Newsgraph.Core.Evaluation;
using Newsgraph.Core.Quotes;

namespace Newsgraph.Core.Training;

/// <summary>What one training run saw and learned, for the console line and the model card.</summary>
public sealed record AttributionTrainingSummary(
    int Articles,
    int CueCandidates,
    int CuePositives,
    int ContentEnds,
    double CueTrainAccuracy,
    double ContentEndTrainAccuracy,
    int CueFeatures,
    int ContentEndFeatures,
    int ContentStarts,
    double ContentStartTrainAccuracy,
    int ContentStartFeatures);

/// <summary>
/// Trains <see cref="AttributionModel"/> from documents annotated up to entities (tokens, sentences, quotations,
/// parts of speech, mentions) with their gold PolNeAR attributions. Cue candidates are the words outside quotation
/// marks that <see cref="CueFinder"/> would consider, labelled by whether a gold cue covers them; content ends are
/// ranked among every token boundary after the gold content's first token up to the sentence's end. Both are
/// averaged perceptrons visiting examples in an order shuffled with a fixed seed, so the same data gives the same file.
/// </summary>
/// <param name="cueEpochs">Passes over the cue examples.</param>
/// <param name="rankerEpochs">Passes over the content examples: more fit the train split better and our dev split worse (8 epochs: 0.6469 content F1, 2: 0.6518).</param>
public sealed class AttributionModelTrainer(CueLexicon lexicon, int cueEpochs = 8, int rankerEpochs = 2, int seed = 1)
{
    private readonly List<(ulong[] Features, bool IsCue)> _cueExamples = [];
    private readonly List<(ulong[][] Candidates, int Gold)> _endExamples = [];
    private readonly List<(ulong[][] Candidates, int Gold)> _startExamples = [];
    private int _articles;

    /// <summary>Articles added so far.</summary>
    public int Articles => _articles;

    /// <summary>Adds one article's examples; <paramref name="document"/> must carry the layers the quote stage reads.</summary>
    public void Add(Document document, IReadOnlyList<Attribution> gold)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(gold);
        _articles++;
        var context = new QuoteContext(document);
        var cueHeads = CueHeads(document, gold);
        var sentences = document.Sentences;
        for (var s = 0; s < sentences.Count; s++)
        {
            for (var token = sentences[s].FirstToken; token < sentences[s].EndToken; token++)
            {
                if (!CueFinder.IsCandidate(context, lexicon, token, out var candidate)) continue;
                var span = document.TokenSpan[token];
                var isCue = cueHeads.Contains(token);
                var sink = new ListSink([]);
                AttributionFeatures.Cue(context, candidate, s, token, ref sink);
                _cueExamples.Add(([.. sink.Features], isCue));
            }
        }

        foreach (var attribution in gold)
        {
            if (ContentEndExample(context, attribution) is { } example) _endExamples.Add(example);
            if (ContentStartExample(context, attribution) is { } start) _startExamples.Add(start);
        }
    }

    /// <summary>
    /// The tokens that head a gold cue, the ones a cue finder should keep: its verbs ("has [focused] on",
    /// "[vehemently] opposed" heads at "opposed"), or its last word when it has none ("according to", "a critic of").
    /// </summary>
    private static HashSet<int> CueHeads(Document document, IReadOnlyList<Attribution> gold)
    {
        var tags = document.PartOfSpeechSpan;
        var heads = new HashSet<int>();
        foreach (var cue in gold.SelectMany(attribution => attribution.Cue))
        {
            var first = document.TokenIndexAt(cue.Start);
            var last = document.TokenIndexAt(cue.End - 1);
            if (first < 0 || last < first) continue;
            var verbs = 0;
            for (var k = first; k <= last; k++)
            {
                if (!Tagging.PennTags.IsVerb(tags[k])) continue;
                heads.Add(k);
                verbs++;
            }

            if (verbs == 0) heads.Add(NounHead(document, first, last));
        }

        return heads;
    }

    /// <summary>The last token of a cue that heads it: its last verb, else its noun head.</summary>
    private static int LastHead(Document document, int first, int last)
    {
        for (var k = last; k >= first; k--)
        {
            if (Tagging.PennTags.IsVerb(document.PartOfSpeechSpan[k])) return k;
        }

        return NounHead(document, first, last);
    }

    /// <summary>
    /// The head of a cue without a verb: its last word that can head a cue, so "criticism of" and "support for"
    /// head at the noun, the word a reader sees as the cue; the last word when none can.
    /// </summary>
    private static int NounHead(Document document, int first, int last)
    {
        Span<char> buffer = stackalloc char[AttributionFeatures.MaxWordLength];
        for (var k = last; k >= first; k--)
        {
            var word = document.CharsOf(document.TokenSpan[k]);
            var lower = buffer[..word[..Math.Min(word.Length, buffer.Length)].ToLowerInvariant(buffer)];
            if (!CueFinder.NeverHeads(lower)) return k;
        }

        return last;
    }

    /// <summary>Trains both scorers and returns the model file's text with what was learned.</summary>
    public (string Tsv, AttributionTrainingSummary Summary) Train(string description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var random = new Random(seed);
        var cue = new AveragedWeights();
        var end = new AveragedWeights();
        var start = new AveragedWeights();
        double cueAccuracy = 0, endAccuracy = 0, startAccuracy = 0;
        var cueOrder = Enumerable.Range(0, _cueExamples.Count).ToArray();
        for (var epoch = 0; epoch < cueEpochs; epoch++)
        {
            random.Shuffle(cueOrder);
            var right = 0;
            foreach (var i in cueOrder)
            {
                var (features, isCue) = _cueExamples[i];
                if (cue.Score(features) > 0 == isCue) right++;
                else cue.Update(features, isCue ? 1 : -1);
                cue.Tick();
            }

            cueAccuracy = Ratio(right, cueOrder.Length);
        }

        endAccuracy = TrainRanker(end, _endExamples, random);
        startAccuracy = TrainRanker(start, _startExamples, random);
        var cueWeights = cue.Averaged();
        var endWeights = end.Averaged();
        var startWeights = start.Averaged();
        var text = new StringBuilder();
        text.Append("# ").Append(description).Append('\n');
        text.Append("# decision: cue (is this word a cue), end (does the content end here) or start (does it start here); feature: FNV-1a hash of the feature; weight: averaged perceptron weight.\n");
        text.Append("decision\tfeature\tweight\n");
        Write(text, AttributionDecision.Cue, cueWeights);
        Write(text, AttributionDecision.ContentEnd, endWeights);
        Write(text, AttributionDecision.ContentStart, startWeights);
        var summary = new AttributionTrainingSummary(_articles, _cueExamples.Count, _cueExamples.Count(e => e.IsCue), _endExamples.Count,
            cueAccuracy, endAccuracy, cueWeights.Count, endWeights.Count, _startExamples.Count, startAccuracy, startWeights.Count);
        return (text.ToString(), summary);
    }

    /// <summary>
    /// A gold content that starts after its cue, inside the sentence of the cue's last token, as candidate ends from
    /// one token after its start to the sentence's end (less its closing punctuation); null for other shapes.
    /// </summary>
    private static (ulong[][] Candidates, int Gold)? ContentEndExample(QuoteContext context, Attribution attribution)
    {
        if (ContentAfterCue(context, attribution) is not var (cueHead, first, content, sentence)) return null;
        var document = context.Document;
        if (context.IsQuoted(first) || first >= sentence.EndToken) return null;
        var limit = IndirectQuoteFinder.ContentEnd(context, sentence);
        var goldEnd = Math.Min(document.TokenIndexAt(content.End - 1) + 1, limit);
        if (goldEnd <= first) return null;
        var candidates = new ulong[limit - first][];
        var counts = new SentenceCounts(context, sentence, new int[SentenceCounts.BufferLength(sentence.EndToken - sentence.FirstToken)]);
        for (var end = first + 1; end <= limit; end++)
        {
            var sink = new ListSink([]);
            AttributionFeatures.ContentEnd(context, sentence, cueHead, first, end, limit, counts, ref sink);
            candidates[end - first - 1] = [.. sink.Features];
        }

        return (candidates, goldEnd - first - 1);
    }

    /// <summary>Structured perceptron epochs over ranking examples; the last epoch's share of right choices.</summary>
    private double TrainRanker(AveragedWeights weights, List<(ulong[][] Candidates, int Gold)> examples, Random random)
    {
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var accuracy = 0.0;
        for (var epoch = 0; epoch < rankerEpochs; epoch++)
        {
            random.Shuffle(order);
            var right = 0;
            foreach (var i in order)
            {
                var (candidates, goldIndex) = examples[i];
                var best = 0;
                var bestScore = double.NegativeInfinity;
                for (var c = 0; c < candidates.Length; c++)
                {
                    var score = weights.Score(candidates[c]);
                    if (score > bestScore)
                    {
                        bestScore = score;
                        best = c;
                    }
                }

                if (best == goldIndex) right++;
                else
                {
                    weights.Update(candidates[goldIndex], 1);
                    weights.Update(candidates[best], -1);
                }

                weights.Tick();
            }

            accuracy = Ratio(right, order.Length);
        }

        return accuracy;
    }

    /// <summary>
    /// A gold content that starts at most <see cref="AttributionFeatures.MaxStartSkip"/> words after its cue, in the
    /// cue's sentence, as candidate starts from the word after the cue; null for other shapes.
    /// </summary>
    private static (ulong[][] Candidates, int Gold)? ContentStartExample(QuoteContext context, Attribution attribution)
    {
        if (ContentAfterCue(context, attribution) is not var (cueHead, first, _, sentence) || first > cueHead + 1 + AttributionFeatures.MaxStartSkip) return null;
        var limit = IndirectQuoteFinder.ContentEnd(context, sentence);
        if (first >= limit) return null;
        var candidates = new List<ulong[]>();
        for (var start = cueHead + 1; start < limit && start <= cueHead + 1 + AttributionFeatures.MaxStartSkip; start++)
        {
            var sink = new ListSink([]);
            AttributionFeatures.ContentStart(context, sentence, cueHead, start, ref sink);
            candidates.Add([.. sink.Features]);
        }

        return ([.. candidates], first - cueHead - 1);
    }

    /// <summary>
    /// The first content part that starts after the attribution's cue, with the cue's head (the token the cue finder
    /// keeps, which the rankers score from), the part's first token and the head's sentence; null when the attribution
    /// has no cue or no content after it.
    /// </summary>
    private static (int CueHead, int First, TextSpan Content, Text.Sentence Sentence)? ContentAfterCue(QuoteContext context, Attribution attribution)
    {
        if (attribution.Cue.Count == 0 || attribution.Content.Count == 0) return null;
        var document = context.Document;
        var cueEnd = attribution.Cue.Max(span => span.End);
        var content = attribution.Content.Where(span => span.Start >= cueEnd).OrderBy(span => span.Start).FirstOrDefault();
        if (content.End <= content.Start) return null;
        var cueLast = document.TokenIndexAt(cueEnd - 1);
        var first = document.TokenIndexAt(content.Start);
        if (cueLast < 0 || first <= cueLast) return null;
        // The cue finder keeps only the cue's head ("talked [about]", "[criticism] of"), so the rankers learn from the
        // head too: the words after it up to the content ("about") are theirs to skip.
        var cueFirst = document.TokenIndexAt(attribution.Cue.Min(span => span.Start));
        var head = cueFirst < 0 ? cueLast : LastHead(document, cueFirst, cueLast);
        return (head, first, content, document.Sentences[document.SentenceIndexOf(head)]);
    }

    private static void Write(StringBuilder text, AttributionDecision decision, SortedDictionary<ulong, float> weights)
    {
        var name = AttributionModel.NameOf(decision);
        foreach (var (hash, weight) in weights)
        {
            text.Append(name).Append('\t').Append(hash.ToString("x16", CultureInfo.InvariantCulture)).Append('\t')
                .Append(weight.ToString("0.####", CultureInfo.InvariantCulture)).Append('\n');
        }
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private readonly record struct ListSink(List<ulong> Features) : IFeatureSink
    {
        public void Add(FeatureHash feature) => Features.Add(feature.Value);
    }

    /// <summary>Perceptron weights with their running totals for averaging, updated lazily (Collins 2002; Daumé's trick).</summary>
    private sealed class AveragedWeights
    {
        private readonly Dictionary<ulong, (double Weight, double Total, int Since)> _weights = [];
        private int _step;

        public double Score(ulong[] features)
        {
            var score = 0.0;
            foreach (var feature in features)
            {
                if (_weights.TryGetValue(feature, out var entry)) score += entry.Weight;
            }

            return score;
        }

        public void Update(ulong[] features, int direction)
        {
            foreach (var feature in features)
            {
                _weights.TryGetValue(feature, out var entry);
                var total = entry.Total + entry.Weight * (_step - entry.Since);
                _weights[feature] = (entry.Weight + direction, total, _step);
            }
        }

        public void Tick() => _step++;

        /// <summary>The averaged weights rounded to four decimals, zeros left out, by hash.</summary>
        public SortedDictionary<ulong, float> Averaged()
        {
            var averaged = new SortedDictionary<ulong, float>();
            foreach (var (feature, entry) in _weights)
            {
                var total = entry.Total + entry.Weight * (_step - entry.Since);
                var weight = (float)Math.Round(total / Math.Max(_step, 1), 4, MidpointRounding.AwayFromZero);
                if (weight != 0) averaged[feature] = weight;
            }

            return averaged;
        }
    }
}
