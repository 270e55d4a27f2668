using Newsgraph.Core.Quotes;
using Newsgraph.Core.Tagging;

namespace Newsgraph.Core;

/// <summary>
/// The trained files under models/, compiled into this assembly so the engine is self-contained;
/// each is parsed once, on first use.
/// </summary>
public static class Models
{
    private static readonly Lazy<NameLexicon> NameLexiconModel = new(() => NameLexicon.Parse(Read("names.tsv")));

    private static readonly Lazy<CueLexicon> CueLexiconModel = new(() => CueLexicon.Parse(Read("cues.tsv")));

    private static readonly Lazy<AttributionModel> AttributionModelFile = new(() => AttributionModel.Parse(Read("attribution.tsv"), Cues));

    private static readonly Lazy<PerceptronModel> EntityModelFile = new(() => PerceptronModel.FromBytes(ReadBytes("ner.bin")));

    // The entity model's vocabulary comes from news (silver-tagged PolNeAR), which the part-of-speech model's does
    // not: summing those words ahead too makes tagging news faster, not different.
    private static readonly Lazy<PerceptronTagger> PartOfSpeechModel = new(() =>
        new PerceptronTagger(PerceptronModel.FromBytes(ReadBytes("pos.bin")), NameLexicon.Empty, EntityModelFile.Value.Vocabulary));

    private static readonly Lazy<PerceptronTagger> EntityModel = new(() => new PerceptronTagger(EntityModelFile.Value, Names));

    public static NameLexicon Names => NameLexiconModel.Value;

    /// <summary>The part-of-speech tagger (models/pos.bin).</summary>
    public static PerceptronTagger PartOfSpeech => PartOfSpeechModel.Value;

    /// <summary>The entity recogniser (models/ner.bin); its features read <see cref="Names"/>.</summary>
    public static PerceptronTagger Entities => EntityModel.Value;

    public static CueLexicon Cues => CueLexiconModel.Value;

    /// <summary>The learned cue and content-end scorers (models/attribution.tsv); they read <see cref="Cues"/>.</summary>
    public static AttributionModel Attribution => AttributionModelFile.Value;

    private static string Read(string fileName)
    {
        using var reader = new StreamReader(Open(fileName));
        return reader.ReadToEnd();
    }

    private static byte[] ReadBytes(string fileName)
    {
        using var stream = Open(fileName);
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static Stream Open(string fileName) =>
        typeof(Models).Assembly.GetManifestResourceStream("Newsgraph.Models." + fileName)
            ?? throw new InvalidOperationException($"Model {fileName} is not embedded: rebuild after training it into models/.");
}
