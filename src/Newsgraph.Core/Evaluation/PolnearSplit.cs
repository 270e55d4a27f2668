using System.Globalization;

namespace Newsgraph.Core.Evaluation;

/// <summary>Which articles an evaluation or a training run reads.</summary>
public enum PolnearSplitPart : byte
{
    /// <summary>Every article present, whatever its compartment.</summary>
    All,
    /// <summary>The train compartment less our dev split.</summary>
    Train,
    /// <summary>Our dev split: the latest train-compartment articles by publication date.</summary>
    Dev,
}

/// <summary>
/// Our split of PolNeAR's train compartment (its own dev and test splits are held out). Articles are ordered by
/// publication date, then file name; the last <see cref="DevArticleCount"/> are our dev split, so development is
/// measured on news later than the news it learned from.
/// </summary>
public sealed class PolnearSplit
{
    public const int DevArticleCount = 84;

    private PolnearSplit(IReadOnlySet<string> train, IReadOnlySet<string> dev, IReadOnlyDictionary<string, DateOnly> published)
    {
        Train = train;
        Dev = dev;
        Published = published;
    }

    /// <summary>Train-compartment articles (file names without .txt) outside the dev split.</summary>
    public IReadOnlySet<string> Train { get; }

    public IReadOnlySet<string> Dev { get; }

    /// <summary>Publication date of every article in the metadata whose date parses.</summary>
    public IReadOnlyDictionary<string, DateOnly> Published { get; }

    public bool Includes(PolnearSplitPart part, string article) => part switch
    {
        PolnearSplitPart.Train => Train.Contains(article),
        PolnearSplitPart.Dev => Dev.Contains(article),
        _ => true,
    };

    /// <summary>Reads PolNeAR's metadata.tsv; throws <see cref="FormatException"/> when its header lacks a needed column.</summary>
    public static PolnearSplit FromMetadata(string metadataTsv)
    {
        ArgumentNullException.ThrowIfNull(metadataTsv);
        var lines = metadataTsv.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0).ToArray();
        if (lines.Length == 0) throw new FormatException("The metadata is empty.");
        var header = lines[0].Split('\t');
        var compartmentColumn = ColumnOf(header, "compartment");
        var filenameColumn = ColumnOf(header, "filename");
        var dateColumn = ColumnOf(header, "publication_date");
        var neededFields = Math.Max(compartmentColumn, Math.Max(filenameColumn, dateColumn)) + 1;

        var trainCompartment = new List<(string Date, string Article)>();
        var published = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split('\t');
            if (fields.Length < neededFields) continue;
            var article = fields[filenameColumn];
            var date = fields[dateColumn];
            if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                published[article] = day;
            }

            if (fields[compartmentColumn] == "train") trainCompartment.Add((date, article));
        }

        // ISO dates sort chronologically as strings; ordinal comparison keeps the order culture-free.
        var ordered = trainCompartment
            .OrderBy(row => row.Date, StringComparer.Ordinal)
            .ThenBy(row => row.Article, StringComparer.Ordinal)
            .Select(row => row.Article)
            .ToArray();
        var devStart = Math.Max(0, ordered.Length - DevArticleCount);
        return new PolnearSplit(
            ordered[..devStart].ToHashSet(StringComparer.Ordinal),
            ordered[devStart..].ToHashSet(StringComparer.Ordinal),
            published);
    }

    /// <summary>
    /// Picks one annotation file per article from PolNeAR's "&lt;article&gt;_&lt;annotator&gt;.ann" names: the
    /// alphabetically first annotator's, so runs are reproducible where several annotators read an article.
    /// The result is keyed by article, in ordinal order.
    /// </summary>
    public static IReadOnlyDictionary<string, string> FirstAnnotatorFiles(IEnumerable<string> annotationFileNames)
    {
        ArgumentNullException.ThrowIfNull(annotationFileNames);
        var chosen = new SortedDictionary<string, (string Annotator, string FileName)>(StringComparer.Ordinal);
        foreach (var fileName in annotationFileNames)
        {
            if (!fileName.EndsWith(".ann", StringComparison.Ordinal)) continue;
            var underscore = fileName.LastIndexOf('_');
            if (underscore <= 0) continue;
            var article = fileName[..underscore];
            var annotator = fileName[(underscore + 1)..^".ann".Length];
            if (!chosen.TryGetValue(article, out var current) || string.CompareOrdinal(annotator, current.Annotator) < 0)
            {
                chosen[article] = (annotator, fileName);
            }
        }

        return new SortedDictionary<string, string>(
            chosen.ToDictionary(entry => entry.Key, entry => entry.Value.FileName, StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    private static int ColumnOf(string[] header, string name)
    {
        var index = Array.IndexOf(header, name);
        return index >= 0 ? index : throw new FormatException($"The metadata header has no '{name}' column.");
    }
}
