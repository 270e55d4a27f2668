using System.Text.Json;

namespace Newsgraph.Cli.Tests.Commands;

/// <summary>The README's Quick start extracts the demo article; keep it working and its date true to the text.</summary>
public sealed class QuickStartTests
{
    private const string Published = "2026-03-04";

    [Fact]
    public void ExtractsTheDemoArticle()
    {
        var article = Path.Combine(Repository.Root, "samples", "demo-article.txt");
        var result = Cli.Run("extract", article, "--published", Published);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        var root = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal("demo-article", root.GetProperty("id").GetString());
        Assert.Equal(Published, root.GetProperty("published").GetString());
    }

    [Fact]
    public void TheDemoArticleIsDatedOnTheWeekdayItsTextCallsToday()
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, "samples", "demo-article.txt"));
        var published = DateOnly.ParseExact(Published, "yyyy-MM-dd");

        Assert.Equal(DayOfWeek.Wednesday, published.DayOfWeek);
        Assert.Contains("said on Wednesday", text, StringComparison.Ordinal);
        Assert.Contains(Published, File.ReadAllText(Path.Combine(Repository.Root, "README.md")), StringComparison.Ordinal);
    }
}
