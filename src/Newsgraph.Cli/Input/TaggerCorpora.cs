using Newsgraph.Core.Evaluation;
using Newsgraph.Core.Training;

namespace Newsgraph.Cli.Input;

/// <summary>
/// The tagger corpora under ../shared/data, split as training and evaluation need them: GUM (gold tags and names;
/// its files.dev documents only for evaluation), UD EWT dev (gold tags) and the CoreNLP silver output of PolNeAR train
/// (our dev split's articles left out).
/// </summary>
internal static class TaggerCorpora
{
    public static string GumDir(string dataDir) => Path.Combine(dataDir, "gum");

    /// <summary>GUM's own dev document names (files.dev); null when GUM is not there.</summary>
    private static HashSet<string>? GumDevNames(string dataDir)
    {
        var list = Path.Combine(GumDir(dataDir), "files.dev");
        if (!File.Exists(list)) return null;
        return File.ReadAllLines(list).Select(line => line.Trim()).Where(line => line.Length > 0).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>GUM documents, train or dev part, in ordinal file order; null when GUM is missing.</summary>
    public static IReadOnlyList<TreebankSentence>? Gum(string dataDir, bool dev)
    {
        var devNames = GumDevNames(dataDir);
        if (devNames is null) return null;
        var files = Directory.GetFiles(GumDir(dataDir), "*.conllu").Order(StringComparer.Ordinal)
            .Where(path => devNames.Contains(Path.GetFileNameWithoutExtension(path)) == dev);
        return [.. files.SelectMany((path, document) => Read(path, TaggedCorpora.ReadConllu).Select(sentence => sentence with { Document = document }))];
    }

    public static IReadOnlyList<TreebankSentence>? EwtDev(string dataDir)
    {
        var path = Path.Combine(dataDir, "ud-ewt", "en_ewt-ud-dev.conllu");
        return File.Exists(path) ? Read(path, TaggedCorpora.ReadConllu) : null;
    }

    /// <summary>CoreNLP's silver sentences of PolNeAR train articles outside our dev split; null when missing.</summary>
    public static IReadOnlyList<TreebankSentence>? PolnearSilver(string dataDir, out int articles)
    {
        articles = 0;
        var metadata = Path.Combine(dataDir, "polnear", "metadata.tsv");
        var coreNlpDir = Path.Combine(dataDir, "polnear", "train", "corenlp");
        var textDir = Path.Combine(dataDir, "polnear", "train", "text");
        if (!File.Exists(metadata) || !Directory.Exists(coreNlpDir)) return null;
        var split = PolnearSplit.FromMetadata(File.ReadAllText(metadata));
        var sentences = new List<TreebankSentence>();
        foreach (var path in Directory.GetFiles(coreNlpDir, "*.conll").Order(StringComparer.Ordinal))
        {
            var article = Path.GetFileNameWithoutExtension(path);
            if (!split.Train.Contains(article)) continue;
            var textPath = Path.Combine(textDir, article + ArticleReader.Extension);
            var text = File.Exists(textPath) ? ArticleReader.ReadText(textPath) : null;
            sentences.AddRange(TaggedCorpora.ReadCoreNlp(File.ReadAllText(path), text));
            articles++;
        }

        return sentences;
    }

    private static IReadOnlyList<TreebankSentence> Read(string path, Func<string, IReadOnlyList<TreebankSentence>> parse)
    {
        try
        {
            return parse(File.ReadAllText(path));
        }
        catch (FormatException error)
        {
            throw new BadInputException($"{path}: {error.Message}");
        }
    }
}
