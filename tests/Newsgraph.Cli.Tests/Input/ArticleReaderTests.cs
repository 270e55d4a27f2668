using System.Text;
using Newsgraph.Cli.Input;

namespace Newsgraph.Cli.Tests.Input;

public sealed class ArticleReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ReadsUtf8TextAndDropsTheByteOrderMark()
    {
        var path = _folder.Write("bom.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("“Yes,” she said.")]);
        Assert.Equal("“Yes,” she said.", ArticleReader.ReadText(path));
    }

    [Fact]
    public void KeepsAFewEmbeddedTagsAsScrapedNewsHasThem()
    {
        var path = _folder.Write("tweet.txt", "<a href=\"http://example.org\">\n</a>\nThe minister said the talks failed.");
        Assert.StartsWith("<a href", ArticleReader.ReadText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsALongTextWithAFewScatteredLinks()
    {
        var paragraph = "The minister said the talks had failed and would resume in the spring, after the storms. ";
        var text = string.Concat(Enumerable.Range(0, 12).Select(i => $"<a href=\"http://example.org/{i}\">link</a>\n" + string.Concat(Enumerable.Repeat(paragraph, 40))));
        var path = _folder.Write("long.txt", text);
        Assert.Equal(text, ArticleReader.ReadText(path));
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "empty.txt", [], "empty" },
        { "blank.txt", Encoding.UTF8.GetBytes(" \n\t\n "), "empty" },
        { "nul.txt", [0x48, 0x00, 0x49], "binary" },
        { "control.txt", [.. Enumerable.Repeat((byte)0x01, 50), .. "abc"u8.ToArray()], "binary" },
        { "latin1.txt", [0x63, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B], "UTF-8" },
        { "page.txt", Encoding.UTF8.GetBytes("<!DOCTYPE html>\n<html><body>News</body></html>"), "HTML" },
        { "fragment.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>Para <b>one</b></p>\n", 5))), "HTML" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void RefusesWhatIsNotPlainText(string name, byte[] bytes, string reason)
    {
        var path = _folder.Write(name, bytes);
        var error = Assert.Throws<BadInputException>(() => ArticleReader.ReadText(path));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesAFileOverTheSizeLimit()
    {
        var path = _folder.File("huge.txt");
        using (var stream = File.Create(path)) stream.SetLength(ArticleReader.MaxBytes + 1);
        var error = Assert.Throws<BadInputException>(() => ArticleReader.ReadText(path));
        Assert.Contains("too large", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesAMissingFile()
    {
        var error = Assert.Throws<BadInputException>(() => ArticleReader.ReadText(_folder.File("missing.txt")));
        Assert.Contains("no such file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ListsTxtFilesSortedByOrdinalName()
    {
        foreach (var name in new[] { "b.txt", "a.txt", "B.txt", "notes.md", "c.txt.bak" }) _folder.Write(name, "text");
        Assert.Equal(["B", "a", "b"], ArticleReader.ListArticles(_folder.Path).Select(ArticleReader.IdOf));
    }

    [Fact]
    public void RefusesAFolderWithoutTxtFiles()
    {
        _folder.Write("notes.md", "text");
        var error = Assert.Throws<BadInputException>(() => ArticleReader.ListArticles(_folder.Path));
        Assert.Contains("no .txt files", error.Message, StringComparison.Ordinal);
    }
}
