using System.Text;

namespace Newsgraph.Core.Tagging;

/// <summary>
/// A trained averaged-perceptron tagger: its classes, weight rows (the <see cref="FeatureLayout"/> rows, then one row
/// per word feature key) and the frequent words whose weights a tagger sums ahead. Stored in a compact binary form:
/// weights quantised to 16 bits, only the non-zero ones, keys in ordinal order, so the same model gives the same bytes.
/// </summary>
public sealed class PerceptronModel
{
    private const string Magic = "newsgraph-perceptron";

    /// <summary>
    /// Version 1: a greedy tagger alone; version 2: a greedy entity tagger with its <see cref="NameTyper"/> after the word
    /// features; version 3: its decoding after the kind and, after the word features, whether a typer follows.
    /// </summary>
    private const int FormatVersion = 1;

    private const int TyperFormatVersion = 2;

    private const int DecodingFormatVersion = 3;

    internal PerceptronModel(TaggerKind kind, TaggerDecoding decoding, string description, string[] classes, string[] posClasses, float[] weights, Dictionary<string, int> wordFeatures, string[] vocabulary, NameTyper? typer = null)
    {
        Typer = typer;
        Decoding = decoding;
        Kind = kind;
        Description = description;
        Classes = classes;
        PosClasses = posClasses;
        Weights = weights;
        WordFeatureRows = wordFeatures;
        VocabularyWords = vocabulary;
        Layout = new FeatureLayout(classes.Length, posClasses.Length);
    }

    public TaggerKind Kind { get; }

    public TaggerDecoding Decoding { get; }

    /// <summary>For an entity model: the second stage that retypes the names found, when the model has one.</summary>
    public NameTyper? Typer { get; }

    /// <summary>This model with <paramref name="typer"/> as its second stage.</summary>
    public PerceptronModel WithTyper(NameTyper typer) =>
        new(Kind, Decoding, Description, [.. Classes], [.. PosClasses], Weights, WordFeatureRows, VocabularyWords, typer);

    /// <summary>What the model is and which data it came from, one line.</summary>
    public string Description { get; }

    /// <summary>The labels it assigns (part-of-speech tags or BIO entity labels), by class index.</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>For an entity model: the part-of-speech tags its features read, by index; empty otherwise.</summary>
    public IReadOnlyList<string> PosClasses { get; }

    public int WordFeatureCount => WordFeatureRows.Count;

    internal FeatureLayout Layout { get; }

    /// <summary>Row-major: row r, class c at [r * Classes.Count + c].</summary>
    internal float[] Weights { get; }

    internal Dictionary<string, int> WordFeatureRows { get; }

    /// <summary>Words frequent enough in training that a tagger precomputes their weight sums.</summary>
    public IReadOnlyList<string> Vocabulary => VocabularyWords;

    internal string[] VocabularyWords { get; }

    public byte[] ToBytes()
    {
        var classes = Classes.Count;
        var scale = Quantisation(Weights);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            // A greedy model keeps its old format, so the part-of-speech model's bytes stay as they were.
            var version = Decoding != TaggerDecoding.Greedy ? DecodingFormatVersion : Typer is null ? FormatVersion : TyperFormatVersion;
            writer.Write(version);
            writer.Write((byte)Kind);
            if (version == DecodingFormatVersion) writer.Write((byte)Decoding);
            writer.Write(Description);
            WriteStrings(writer, [.. Classes]);
            WriteStrings(writer, [.. PosClasses]);
            WriteStrings(writer, VocabularyWords);
            writer.Write(scale);
            writer.Write(Layout.Rows);
            for (var row = 0; row < Layout.Rows; row++) WriteRow(writer, Weights.AsSpan(row * classes, classes), scale);
            var keys = WordFeatureRows.Keys.Order(StringComparer.Ordinal).ToArray();
            writer.Write(keys.Length);
            foreach (var key in keys)
            {
                writer.Write(key);
                WriteRow(writer, Weights.AsSpan(WordFeatureRows[key] * classes, classes), scale);
            }

            if (version == DecodingFormatVersion) writer.Write(Typer is not null);
            Typer?.Write(writer);
        }

        return stream.ToArray();
    }

    public static PerceptronModel FromBytes(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            if (reader.ReadString() != Magic) throw new FormatException("Not a Newsgraph perceptron model.");
            var version = reader.ReadInt32();
            if (version is not (FormatVersion or TyperFormatVersion or DecodingFormatVersion))
            {
                throw new FormatException($"Perceptron model format version {version}; this Newsgraph reads versions {FormatVersion} to {DecodingFormatVersion}: retrain it with `newsgraph train`.");
            }
            var kind = (TaggerKind)reader.ReadByte();
            if (!Enum.IsDefined(kind)) throw new FormatException("The model is for a kind of tagger this version does not know.");
            var decoding = version == DecodingFormatVersion ? (TaggerDecoding)reader.ReadByte() : TaggerDecoding.Greedy;
            if (!Enum.IsDefined(decoding)) throw new FormatException("The model decodes in a way this version does not know.");
            var description = reader.ReadString();
            var classes = ReadStrings(reader);
            var posClasses = ReadStrings(reader);
            var vocabulary = ReadStrings(reader);
            var scale = reader.ReadSingle();
            var layout = new FeatureLayout(classes.Length, posClasses.Length);
            if (reader.ReadInt32() != layout.Rows) throw new FormatException("The model's history rows do not match its classes.");
            var history = new float[layout.Rows * classes.Length];
            for (var row = 0; row < layout.Rows; row++) ReadRow(reader, history.AsSpan(row * classes.Length, classes.Length), scale);
            var keyCount = reader.ReadInt32();
            if (keyCount < 0) throw new FormatException("Bad feature count in the model.");
            var weights = new float[(layout.Rows + keyCount) * classes.Length];
            history.CopyTo(weights, 0);
            var features = new Dictionary<string, int>(keyCount, StringComparer.Ordinal);
            for (var k = 0; k < keyCount; k++)
            {
                var row = layout.Rows + k;
                features.Add(reader.ReadString(), row);
                ReadRow(reader, weights.AsSpan(row * classes.Length, classes.Length), scale);
            }

            var typer = version == TyperFormatVersion || version == DecodingFormatVersion && reader.ReadBoolean() ? NameTyper.Read(reader) : null;
            if (reader.BaseStream.Position != bytes.Length) throw new FormatException("Trailing bytes after the model.");
            return new PerceptronModel(kind, decoding, description, classes, posClasses, weights, features, vocabulary, typer);
        }
        catch (EndOfStreamException)
        {
            throw new FormatException("The model file is truncated.");
        }
    }

    /// <summary>One 16-bit step: the largest weight maps to 32767.</summary>
    private static float Quantisation(float[] weights)
    {
        var largest = 0f;
        foreach (var w in weights) largest = Math.Max(largest, Math.Abs(w));
        return largest == 0 ? 1 : largest / short.MaxValue;
    }

    private static void WriteRow(BinaryWriter writer, ReadOnlySpan<float> row, float scale)
    {
        Span<short> quantised = stackalloc short[row.Length];
        var nonZero = 0;
        for (var c = 0; c < row.Length; c++)
        {
            quantised[c] = (short)Math.Clamp(Math.Round(row[c] / scale, MidpointRounding.AwayFromZero), -short.MaxValue, short.MaxValue);
            if (quantised[c] != 0) nonZero++;
        }

        writer.Write7BitEncodedInt(nonZero);
        for (var c = 0; c < row.Length; c++)
        {
            if (quantised[c] == 0) continue;
            writer.Write((byte)c);
            writer.Write(quantised[c]);
        }
    }

    private static void ReadRow(BinaryReader reader, Span<float> row, float scale)
    {
        var nonZero = reader.Read7BitEncodedInt();
        for (var k = 0; k < nonZero; k++)
        {
            var c = reader.ReadByte();
            if (c >= row.Length) throw new FormatException("A weight names a class the model does not have.");
            row[c] = reader.ReadInt16() * scale;
        }
    }

    private static void WriteStrings(BinaryWriter writer, string[] strings)
    {
        writer.Write(strings.Length);
        foreach (var s in strings) writer.Write(s);
    }

    private static string[] ReadStrings(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > 10_000_000) throw new FormatException("Bad string count in the model.");
        var strings = new string[count];
        for (var k = 0; k < count; k++) strings[k] = reader.ReadString();
        return strings;
    }
}
