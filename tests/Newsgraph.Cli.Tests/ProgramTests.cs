namespace Newsgraph.Cli.Tests;

/// <summary>The command tree as Program.cs builds it: every command's help shows an example of that very command.</summary>
public sealed class ProgramTests
{
    private static CliResult Run(params string[] args) => Cli.Run(args);

    /// <summary>The command's own description: its help up to the usage line, so subcommands' descriptions are left out.</summary>
    private static string Description(string help)
    {
        var usage = help.IndexOf("Usage:", StringComparison.Ordinal);
        Assert.True(usage >= 0, "the help has no usage line");
        return help[..usage];
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("extract", "--help")]
    public void HelpExitsWithZeroAndShowsAnExample(params string[] args)
    {
        var result = Run(args);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.Contains("newsgraph extract samples/demo-article.txt --published 2026-03-04", Description(result.Stdout), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("newsgraph eval polnear --gold ", "eval")]
    [InlineData("newsgraph eval polnear --gold ", "eval", "polnear")]
    [InlineData("newsgraph train cues --data ", "train")]
    [InlineData("newsgraph train cues --data ", "train", "cues")]
    [InlineData("newsgraph train names --data ", "train", "names")]
    public void EveryOtherCommandsHelpShowsAnExampleOfItself(string example, params string[] command)
    {
        var result = Run([.. command, "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        var description = Description(result.Stdout);
        Assert.Contains("Example", description, StringComparison.Ordinal);
        Assert.Contains(example, description, StringComparison.Ordinal);
    }
}
