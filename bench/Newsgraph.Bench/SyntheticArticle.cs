using System.Text;

namespace Newsgraph.Bench;

/// <summary>A long synthetic article: the demo article repeated, paragraphs intact, so quotes and dates recur.</summary>
internal static class SyntheticArticle
{
    private static readonly Lazy<string> DemoArticle = new(ReadDemoArticle);

    public static string Build(int repetitions)
    {
        var text = new StringBuilder(DemoArticle.Value.Length * repetitions + 2 * repetitions);
        for (var i = 0; i < repetitions; i++) text.Append(DemoArticle.Value).Append('\n');
        return text.ToString();
    }

    /// <summary>Words as <c>wc -w</c> counts them: runs of non-whitespace.</summary>
    public static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static string ReadDemoArticle()
    {
        using var stream = typeof(SyntheticArticle).Assembly.GetManifestResourceStream("demo-article.txt")
            ?? throw new InvalidOperationException("The demo article is not embedded in the benchmark assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
