using System.CommandLine;
using Newsgraph.Cli.Commands;

namespace Newsgraph.Cli.Tests.Commands;

public sealed class TrainCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "newsgraph-train-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        // A test that writes nothing leaves no folder behind.
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private static int Invoke(params string[] args)
    {
        var root = new RootCommand { TrainCommand.Create() };
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = new StringWriter(), Error = new StringWriter() });
    }

    private string WriteCorpus()
    {
        var data = Path.Combine(_root, "data");
        var text = Path.Combine(data, "polnear", "train", "text");
        var gold = Path.Combine(data, "polnear", "train", "attributions");
        Directory.CreateDirectory(text);
        Directory.CreateDirectory(gold);
        File.WriteAllText(Path.Combine(data, "polnear", "metadata.tsv"), "compartment\tfilename\tpublication_date\ntrain\tp_a\t2016-01-01\n");
        File.WriteAllText(Path.Combine(text, "p_a.txt"), "Ann said no. Bob said yes.");
        File.WriteAllText(Path.Combine(gold, "p_a_aa11.ann"),
            "T1\tCue 4 8\tsaid\nT2\tContent 9 11\tno\nE1\tAttribution:T1 Content:T2 Cue:T1\n" +
            "T3\tCue 17 21\tsaid\nT4\tContent 22 25\tyes\nE2\tAttribution:T3 Content:T4 Cue:T3\n");
        return data;
    }

    [Fact]
    public void WritesTheLexiconAndItsCardDeterministically()
    {
        var data = WriteCorpus();
        var models = Path.Combine(_root, "models");

        Assert.Equal(0, Invoke("train", "cues", "--data", data, "--out", models));
        var first = File.ReadAllBytes(Path.Combine(models, "cues.tsv"));
        Assert.Equal(0, Invoke("train", "cues", "--data", data, "--out", models));

        Assert.Equal(first, File.ReadAllBytes(Path.Combine(models, "cues.tsv")));
        Assert.True(File.Exists(Path.Combine(models, "cues.md")));
        Assert.Equal(["cues.md", "cues.tsv"], Directory.GetFiles(models).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        // One article only: it is the whole dev split, so nothing is counted.
        Assert.Contains("# Newsgraph cue lexicon v1: 0 PolNeAR train articles", File.ReadAllText(Path.Combine(models, "cues.tsv")), StringComparison.Ordinal);
    }

    [Fact]
    public void MissingDataExitsWithAnError()
    {
        Assert.Equal(1, Invoke("train", "cues", "--data", Path.Combine(_root, "nowhere"), "--out", Path.Combine(_root, "models")));
    }
}
