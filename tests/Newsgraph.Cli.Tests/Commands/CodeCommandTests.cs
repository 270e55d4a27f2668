namespace Newsgraph.Cli.Tests.Commands;

/// <summary>`newsgraph code`: PETRARCH XML in, one TSV line per event out.</summary>
public sealed class CodeCommandTests
{
    private const string Sentences = """
        <Sentences>
          <Sentence date="20040101" id="S1" source="made-up">
            <Text>
            Mahmoud Abbas criticized Israel.
            </Text>
            <Parse>(ROOT (S (NP (NNP Mahmoud) (NNP Abbas))))</Parse>
          </Sentence>
          <Sentence date="20140723" id="S2"><Text>Mahmoud Abbas criticized Israel.</Text></Sentence>
          <Sentence date="20140723" id="S3"><Text>Egypt did not criticize Israel.</Text></Sentence>
        </Sentences>
        """;

    [Fact]
    public void WritesOneLinePerEventWithTheActorsRoleAtEachSentencesDate()
    {
        using var folder = new TempFolder();
        var input = folder.Write("in.xml", Sentences);
        var output = folder.File("out.tsv");
        var result = Cli.Run("code", input, "--out", output);
        Assert.Equal(0, result.ExitCode);
        var lines = File.ReadAllLines(output);
        Assert.Contains("20040101\tPSEELI\tISR\t111\tS1", lines);
        Assert.Contains("20140723\tPSEGOV\tISR\t111\tS2", lines);
        Assert.DoesNotContain(lines, line => line.EndsWith("\tS3", StringComparison.Ordinal));
    }

    [Fact]
    public void LeavesOutEventsOfPeopleNoDictionaryCodes()
    {
        using var folder = new TempFolder();
        var input = folder.Write("in.xml", """
            <Sentences>
              <Sentence date="20140723" id="U1"><Text>Mirela Vasquez met Tobias Lindqvist in Geneva.</Text></Sentence>
              <Sentence date="20140723" id="U2"><Text>Mahmoud Abbas criticized Israel.</Text></Sentence>
            </Sentences>
            """);
        var result = Cli.Run("code", input);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["20140723\tPSEGOV\tISR\t111\tU2"], result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void ReadsTheDictionariesGiven()
    {
        using var folder = new TempFolder();
        var input = folder.Write("in.xml", Sentences);
        var verbs = folder.Write("verbs.txt", "--- SCOLD [112] ---\nCRITICIZE\n");
        var actors = folder.Write("actors.txt", "ISRAEL_ [XXX]\nMAHMOUD_ABBAS_\n\t[YYY >20000101]\n");
        var result = Cli.Run("code", input, "--verbs", verbs, "--actors", actors);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("20140723\tYYY\tXXX\t112\tS2", result.Stdout.Split('\n'));
    }

    [Theory]
    [InlineData("<Sentences><Sentence id=\"S1\"><Text>Egypt criticized Israel.</Text></Sentence></Sentences>", "not YYYYMMDD")]
    [InlineData("<Sentences><Sentence date=\"20140723\" id=\"S1\"><Text>Egypt", "not well-formed XML")]
    [InlineData("<Sentences/>", "no <Sentence> elements")]
    public void RefusesBadInputWithOneLine(string xml, string reason)
    {
        using var folder = new TempFolder();
        var output = folder.File("out.tsv");
        var result = Cli.Run("code", folder.Write("in.xml", xml), "--out", output);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(reason, result.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("error: ", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.TrimEnd().Split('\n'));
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void RefusesAnOutputInAMissingFolderBeforeCoding()
    {
        using var folder = new TempFolder();
        var result = Cli.Run("code", folder.Write("in.xml", Sentences), "--out", Path.Combine(folder.Path, "missing", "out.tsv"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("does not exist", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesAMissingDictionaryFile()
    {
        using var folder = new TempFolder();
        var result = Cli.Run("code", folder.Write("in.xml", Sentences), "--agents", folder.File("none.txt"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no such dictionary file", result.Stderr, StringComparison.Ordinal);
    }
}
