using System.Text;
using System.Text.RegularExpressions;

namespace Newsgraph.Cli.Input;

/// <summary>
/// Reads article files and refuses what is not plain news text (missing, empty, binary, not UTF-8, HTML, huge),
/// with a one-line reason that names the file, so a bad input fails early instead of producing empty output.
/// </summary>
internal static partial class ArticleReader
{
    public const long MaxBytes = 50L * 1024 * 1024;

    public const string Extension = ".txt";

    // Plain text has a handful of stray control characters at most; binary data has many.
    private const double MaxControlCharShare = 0.05;

    // A few embedded tags (tweets, links) occur in scraped news text; a page's markup has many more, and densely:
    // at least one tag every few hundred characters.
    private const int MaxHtmlTags = 10;
    private const int MaxCharsPerTagInHtml = 500;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadText(string path)
    {
        var text = ReadUtf8(path);
        if (LooksLikeHtml(text)) throw new BadInputException($"{path}: HTML, not plain text; extract the article text first.");
        return text;
    }

    /// <summary>An HTML page, checked as a text is but for its markup.</summary>
    public static string ReadHtml(string path) => ReadUtf8(path);

    private static string ReadUtf8(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists) throw new BadInputException($"{path}: no such file.");
        if (file.Length > MaxBytes)
            throw new BadInputException($"{path}: {file.Length / (1024 * 1024)} MB is too large for a news article (limit {MaxBytes / (1024 * 1024)} MB).");

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"{path}: cannot be read ({error.Message}).");
        }

        if (bytes.AsSpan().Contains((byte)0)) throw new BadInputException($"{path}: binary data (NUL bytes), not a text file.");

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new BadInputException($"{path}: not valid UTF-8 text; convert it to UTF-8 first.");
        }

        // A byte-order mark is encoding metadata, not text: keeping it would shift every offset by one.
        if (text.StartsWith('\uFEFF')) text = text[1..];

        if (string.IsNullOrWhiteSpace(text)) throw new BadInputException($"{path}: the file is empty.");
        if (CountControlChars(text) > text.Length * MaxControlCharShare)
            throw new BadInputException($"{path}: binary data (mostly control characters), not a text file.");
        return text;
    }

    /// <summary>The <c>*.txt</c> files directly in a folder, sorted by name (ordinal) so runs are reproducible.</summary>
    public static IReadOnlyList<string> ListArticles(string directory)
    {
        var paths = Directory.EnumerateFiles(directory, "*" + Extension, SearchOption.TopDirectoryOnly)
            .Where(path => path.EndsWith(Extension, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (paths.Length == 0) throw new BadInputException($"{directory}: no {Extension} files in this folder.");
        return paths;
    }

    /// <summary>The article id: its file name without the .txt extension.</summary>
    public static string IdOf(string path)
    {
        var name = Path.GetFileName(path);
        return name.EndsWith(Extension, StringComparison.Ordinal) ? name[..^Extension.Length] : name;
    }

    private static int CountControlChars(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v')) count++;
        }

        return count;
    }

    private static bool LooksLikeHtml(string text)
    {
        var start = text.AsSpan().TrimStart();
        return start.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || HtmlTag().Count(text) is var tags && tags >= MaxHtmlTags && (long)tags * MaxCharsPerTagInHtml >= text.Length;
    }

    [GeneratedRegex(@"</?(?:html|head|body|meta|link|script|style|div|span|p|br|hr|a|img|table|tr|td|th|ul|ol|li|h[1-6]|strong|em|b|i|iframe|section|article|nav|header|footer|form|input|button)\b[^<>]*>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();
}
