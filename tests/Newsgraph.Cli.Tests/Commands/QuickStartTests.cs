using System.Text.Json;

namespace Newsgraph.Cli.Tests.Commands;

/// <summary>The README's Quick start extracts the demo article; keep it working and its date true to the text.</summary>
public sealed class QuickStartTests
{
    private const string Published = "2026-03-04";

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Newsgraph.slnx"))) return folder.FullName;
        }

        throw new InvalidOperationException("The tests do not run inside the repository.");
    }

    [Fact]
    public void ExtractsTheDemoArticle()
    {
        var article = Path.Combine(RepositoryRoot(), "samples", "demo-article.txt");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exitCode = Program.Run(["extract", article, "--published", Published], stdout, stderr, TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr.ToString());
        var root = JsonDocument.Parse(stdout.ToString()).RootElement;
        Assert.Equal("demo-article", root.GetProperty("id").GetString());
        Assert.Equal(Published, root.GetProperty("published").GetString());
    }

    [Fact]
    public void TheDemoArticleIsDatedOnTheWeekdayItsTextCallsToday()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "samples", "demo-article.txt"));
        var published = DateOnly.ParseExact(Published, "yyyy-MM-dd");

        Assert.Equal(DayOfWeek.Wednesday, published.DayOfWeek);
        Assert.Contains("said on Wednesday", text, StringComparison.Ordinal);
        Assert.Contains(Published, File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")), StringComparison.Ordinal);
    }
}
