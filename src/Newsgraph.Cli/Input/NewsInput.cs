using System.Globalization;
using System.Text;
using System.Text.Json;
using Newsgraph.Store;
using SmartReader;

namespace Newsgraph.Cli.Input;

/// <summary>One article to ingest, read and checked: its id, text, date and metadata, and where it came from.</summary>
internal sealed record NewsArticle(string Id, string Origin, string Text, DateOnly? Published, ArticleMetadata Metadata);

/// <summary>
/// Reads the inputs of <c>ingest</c>: plain .txt articles (checked by <see cref="ArticleReader"/>), JSON lines
/// (<c>{"id","published","title","text","url"}</c> per line, the shape of common news crawls) and HTML pages, whose
/// main text, title, byline and publication date SmartReader extracts. A folder stands for the files of these kinds
/// directly in it, sorted by name.
/// </summary>
internal static class NewsInput
{
    private static readonly string[] TextExtensions = [ArticleReader.Extension];
    private static readonly string[] JsonLinesExtensions = [".jsonl", ".ndjson"];
    private static readonly string[] HtmlExtensions = [".html", ".htm"];

    /// <summary>The files the paths name, folders expanded; a missing path or a folder without articles is bad input.</summary>
    public static IReadOnlyList<string> ListFiles(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var inFolder = Directory.EnumerateFiles(path, "*", SearchOption.TopDirectoryOnly)
                    .Where(file => KindOf(file) is not null)
                    .Order(StringComparer.Ordinal)
                    .ToArray();
                if (inFolder.Length == 0) throw new BadInputException($"{path}: no .txt, .jsonl or .html files in this folder.");
                files.AddRange(inFolder);
            }
            else if (File.Exists(path))
            {
                if (KindOf(path) is null) throw new BadInputException($"{path}: not an article file (.txt, .jsonl or .html).");
                files.Add(path);
            }
            else
            {
                throw new BadInputException($"{path}: no such file or folder.");
            }
        }

        return files;
    }

    /// <summary>How many articles a file holds: one, or one per non-blank line of JSON lines (for progress).</summary>
    public static int CountArticles(string file) =>
        KindOf(file) == InputKind.JsonLines ? File.ReadLines(file).Count(line => !string.IsNullOrWhiteSpace(line)) : 1;

    /// <summary>
    /// The articles of one file, each as a reader to call on any thread: it returns the article or throws
    /// <see cref="BadInputException"/> naming the file (and line). JSON lines are read here, one line at a time.
    /// </summary>
    public static IEnumerable<Func<NewsArticle>> Articles(string file, Func<string, DateOnly?> publishedOf)
    {
        switch (KindOf(file))
        {
            case InputKind.Text:
                var id = ArticleReader.IdOf(file);
                yield return () => new NewsArticle(id, file, ArticleReader.ReadText(file), publishedOf(id), new ArticleMetadata());
                break;
            case InputKind.Html:
                yield return () => ReadHtml(file, publishedOf);
                break;
            case InputKind.JsonLines:
                var number = 0;
                foreach (var (line, error) in ReadLines(file))
                {
                    number++;
                    var lineNumber = number;
                    if (error is not null) yield return () => throw new BadInputException($"{file}:{lineNumber}: {error}");
                    else if (!string.IsNullOrWhiteSpace(line)) yield return () => ParseJsonLine(line, $"{file}:{lineNumber}", publishedOf);
                }

                break;
        }
    }

    /// <summary>The lines of a file, or at the first one that is not UTF-8 (or when it cannot be read) the error, last.</summary>
    private static IEnumerable<(string? Line, string? Error)> ReadLines(string file)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        using var reader = new StreamReader(file, utf8);
        while (true)
        {
            string? line = null;
            string? error = null;
            try
            {
                line = reader.ReadLine();
            }
            catch (DecoderFallbackException)
            {
                error = "not valid UTF-8 text; convert it to UTF-8 first.";
            }
            catch (IOException failure)
            {
                error = $"cannot be read ({failure.Message}).";
            }

            if (error is not null)
            {
                yield return (null, error);
                yield break;
            }

            if (line is null) yield break;
            yield return (line, null);
        }
    }

    private static NewsArticle ParseJsonLine(string line, string origin, Func<string, DateOnly?> publishedOf)
    {
        JsonElement root;
        try
        {
            using var json = JsonDocument.Parse(line);
            root = json.RootElement.Clone();
        }
        catch (JsonException error)
        {
            throw new BadInputException($"{origin}: not a JSON object ({error.Message.ReplaceLineEndings(" ")}).");
        }

        if (root.ValueKind != JsonValueKind.Object) throw new BadInputException($"{origin}: not a JSON object.");
        var text = Field(root, "text", origin);
        if (string.IsNullOrWhiteSpace(text)) throw new BadInputException($"{origin}: no \"text\".");
        var id = Field(root, "id", origin) ?? origin;
        var published = Field(root, "published", origin) is { } date ? ParseDate(date, origin) : publishedOf(id);
        return new NewsArticle(id, origin, text, published, new ArticleMetadata(Field(root, "title", origin), Field(root, "url", origin)));
    }

    private static string? Field(JsonElement root, string name, string origin)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number when name == "id" => value.GetRawText(),
            _ => throw new BadInputException($"{origin}: \"{name}\" must be a string."),
        };
    }

    /// <summary>A date, or a date and time (the day is kept as written, whatever the time zone).</summary>
    private static DateOnly ParseDate(string text, string origin)
    {
        if (text.Length >= 10 && DateOnly.TryParseExact(text[..10], PublicationDates.DateFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var date) && (text.Length == 10 || text[10] is 'T' or ' '))
            return date;
        throw new BadInputException($"{origin}: \"published\" must be a YYYY-MM-DD date or an ISO 8601 date and time, not '{text}'.");
    }

    private static NewsArticle ReadHtml(string file, Func<string, DateOnly?> publishedOf)
    {
        var html = ArticleReader.ReadHtml(file);
        var page = new Reader(new Uri(Path.GetFullPath(file)).AbsoluteUri, html).GetArticle();
        var byline = NullIfBlank(string.IsNullOrWhiteSpace(page.Byline) ? page.Author : page.Byline);
        // The title and byline are metadata: a first paragraph that repeats them is not article text.
        var paragraphs = page.IsReadable ? Paragraphs(page.TextContent) : [];
        var lead = paragraphs.TakeWhile(p => p == NullIfBlank(page.Title) || p == byline).Count();
        var text = string.Join('\n', paragraphs.Skip(lead));
        if (text.Length == 0) throw new BadInputException($"{file}: no article text found in this HTML page.");
        var id = Path.GetFileNameWithoutExtension(file);
        DateOnly? published = page.PublicationDate is { } when ? DateOnly.FromDateTime(when) : publishedOf(id);
        if (byline is not null && byline.StartsWith("By ", StringComparison.OrdinalIgnoreCase)) byline = NullIfBlank(byline[3..]);
        return new NewsArticle(id, file, text, published, new ArticleMetadata(NullIfBlank(page.Title), null, byline));
    }

    /// <summary>The page's paragraphs, one a line: spaces folded, blank lines dropped.</summary>
    private static string[] Paragraphs(string text) =>
        [.. text.Split('\n')
            .Select(line => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0)];

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static InputKind? KindOf(string file)
    {
        var extension = Path.GetExtension(file);
        if (TextExtensions.Contains(extension, StringComparer.Ordinal)) return InputKind.Text;
        if (JsonLinesExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase)) return InputKind.JsonLines;
        if (HtmlExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase)) return InputKind.Html;
        return null;
    }

    private enum InputKind
    {
        Text,
        JsonLines,
        Html,
    }
}
