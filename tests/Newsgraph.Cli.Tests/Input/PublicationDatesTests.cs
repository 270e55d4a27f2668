using Newsgraph.Cli.Input;

namespace Newsgraph.Cli.Tests.Input;

public sealed class PublicationDatesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ReadsDatesByFileNameWithOrWithoutExtension()
    {
        var path = _folder.Write("meta.tsv", "compartment\tfilename\tpublisher\tpublication_date\ntrain\ta.txt\tx\t2015-11-11\ntrain\tb\ty\t2016-02-29\n");
        var dates = PublicationDates.Read(path);
        Assert.Equal(new DateOnly(2015, 11, 11), dates.For("a"));
        Assert.Equal(new DateOnly(2016, 2, 29), dates.For("b"));
        Assert.Null(dates.For("c"));
    }

    [Theory]
    [InlineData("name\tdate\na\t2015-11-11\n", "header")]
    [InlineData("filename\tpublication_date\na\t11/11/2015\n", ":2:")]
    public void RefusesABadTable(string tsv, string reason)
    {
        var path = _folder.Write("meta.tsv", tsv);
        var error = Assert.Throws<BadInputException>(() => PublicationDates.Read(path));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
