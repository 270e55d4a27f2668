using System.Globalization;

namespace Newsgraph.Cli.Input;

/// <summary>
/// Publication dates by article id, read from a TSV with header columns <c>filename</c> and <c>publication_date</c>
/// (PolNeAR's metadata.tsv); other columns are ignored and a file name may carry its .txt extension or not.
/// </summary>
internal sealed class PublicationDates
{
    public const string DateFormat = "yyyy-MM-dd";

    private const string FileNameColumn = "filename";
    private const string DateColumn = "publication_date";

    private readonly Dictionary<string, DateOnly> _dates;

    private PublicationDates(Dictionary<string, DateOnly> dates) => _dates = dates;

    public DateOnly? For(string articleId) => _dates.TryGetValue(articleId, out var date) ? date : null;

    public static PublicationDates Read(string path)
    {
        if (!File.Exists(path)) throw new BadInputException($"{path}: no such metadata file.");
        using var reader = new StreamReader(path);
        var header = reader.ReadLine()?.Split('\t') ?? [];
        var fileNameIndex = Array.IndexOf(header, FileNameColumn);
        var dateIndex = Array.IndexOf(header, DateColumn);
        if (fileNameIndex < 0 || dateIndex < 0)
            throw new BadInputException($"{path}: the header must have the columns '{FileNameColumn}' and '{DateColumn}'.");

        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var lineNumber = 1;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var fields = line.Split('\t');
            if (fields.Length <= Math.Max(fileNameIndex, dateIndex))
                throw new BadInputException($"{path}:{lineNumber}: expected at least {Math.Max(fileNameIndex, dateIndex) + 1} tab-separated columns.");
            var dateText = fields[dateIndex].Trim();
            if (!DateOnly.TryParseExact(dateText, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw new BadInputException($"{path}:{lineNumber}: '{dateText}' is not a {DateFormat} date.");
            var fileName = fields[fileNameIndex].Trim();
            var id = fileName.EndsWith(ArticleReader.Extension, StringComparison.Ordinal) ? fileName[..^ArticleReader.Extension.Length] : fileName;
            dates[id] = date;
        }

        return new PublicationDates(dates);
    }
}
