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

    public static NameLexicon Names => NameLexiconModel.Value;

    public static CueLexicon Cues => CueLexiconModel.Value;

    private static string Read(string fileName)
    {
        var assembly = typeof(Models).Assembly;
        using var stream = assembly.GetManifestResourceStream("Newsgraph.Models." + fileName)
            ?? throw new InvalidOperationException($"Model {fileName} is not embedded: rebuild after training it into models/.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
