using Newsgraph.Core.Mentions;
using Newsgraph.Core.Text;

namespace Newsgraph.Core.Tagging;

/// <summary>
/// The entity recogniser's second stage: gives each person, organisation or place name the tagger found the type an
/// averaged perceptron reads from the whole name, its lexicon evidence, its context and the contexts of the same name
/// elsewhere in the document (<see cref="NameTypeFeatures"/>). A left-to-right tagger types a name from two words
/// either side; the whole name and all its occurrences say more. Stored within the entity model (models/ner.bin).
/// </summary>
public sealed class NameTyper
{
    /// <summary>The types it chooses between, by class index.</summary>
    internal static readonly EntityType[] Types = [EntityType.Person, EntityType.Organization, EntityType.Place];

    private readonly Dictionary<string, int> _rows;
    private readonly float[] _weights;

    /// <param name="rows">Feature key to row index; row r's weights are at [r * Types.Length, (r + 1) * Types.Length).</param>
    internal NameTyper(Dictionary<string, int> rows, float[] weights)
    {
        _rows = rows;
        _weights = weights;
    }

    public int FeatureCount => _rows.Count;

    /// <summary>Retypes the person, organisation and place names among <paramref name="names"/> (token spans within sentences).</summary>
    public void Retype(string text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences, NameLexicon lexicon, List<(int First, int End, EntityType Type)> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Count == 0) return;
        var features = NameTypeFeatures.Extract(text, tokens, sentences, lexicon, names);
        Span<float> scores = stackalloc float[Types.Length];
        for (var n = 0; n < names.Count; n++)
        {
            var (first, end, type) = names[n];
            if (Array.IndexOf(Types, type) < 0) continue;
            Score(features[n], scores);
            names[n] = (first, end, Types[Best(scores)]);
        }
    }

    internal void Score(List<string> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var key in features)
        {
            if (!_rows.TryGetValue(key, out var row)) continue;
            for (var c = 0; c < scores.Length; c++) scores[c] += _weights[row * Types.Length + c];
        }
    }

    internal static int Best(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best]) best = c;
        }

        return best;
    }

    /// <summary>Writes the keys in ordinal order with their weights, quantised to 16 bits, so the same typer gives the same bytes.</summary>
    internal void Write(BinaryWriter writer)
    {
        var largest = 0f;
        foreach (var w in _weights) largest = Math.Max(largest, Math.Abs(w));
        var scale = largest == 0 ? 1 : largest / short.MaxValue;
        writer.Write(scale);
        var keys = _rows.Keys.Order(StringComparer.Ordinal).ToArray();
        writer.Write(keys.Length);
        foreach (var key in keys)
        {
            writer.Write(key);
            for (var c = 0; c < Types.Length; c++)
            {
                writer.Write((short)Math.Clamp(Math.Round(_weights[_rows[key] * Types.Length + c] / scale, MidpointRounding.AwayFromZero), -short.MaxValue, short.MaxValue));
            }
        }
    }

    internal static NameTyper Read(BinaryReader reader)
    {
        var scale = reader.ReadSingle();
        var count = reader.ReadInt32();
        if (count < 0 || count > 10_000_000) throw new FormatException("Bad name typer feature count in the model.");
        var rows = new Dictionary<string, int>(count, StringComparer.Ordinal);
        var weights = new float[count * Types.Length];
        for (var k = 0; k < count; k++)
        {
            rows.Add(reader.ReadString(), k);
            for (var c = 0; c < Types.Length; c++) weights[k * Types.Length + c] = reader.ReadInt16() * scale;
        }

        return new NameTyper(rows, weights);
    }
}
