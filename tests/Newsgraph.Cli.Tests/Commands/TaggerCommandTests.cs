using System.Text.Json;

namespace Newsgraph.Cli.Tests.Commands;

/// <summary>`train pos|ner`, `eval gum` and `tag`: the trained taggers from the command line.</summary>
public sealed class TaggerCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string RequireGum()
    {
        var data = Repository.SharedData;
        if (!File.Exists(Path.Combine(data, "gum", "files.dev")) || !File.Exists(Path.Combine(data, "polnear", "metadata.tsv")))
        {
            Assert.Skip("GUM or PolNeAR is not in ../shared/data.");
        }

        return data;
    }

    [Fact]
    public void RetrainingBothTaggersReproducesTheCommittedModels()
    {
        var data = RequireGum();
        var models = Path.Combine(_folder.Path, "models");
        var pos = Cli.Run("train", "pos", "--data", data, "--out", models);
        Assert.Equal(0, pos.ExitCode);
        Assert.Contains("epoch 8/8", pos.Stdout, StringComparison.Ordinal);
        var ner = Cli.Run("train", "ner", "--data", data, "--out", models);
        Assert.Equal(0, ner.ExitCode);

        foreach (var file in new[] { "pos.bin", "pos.md", "ner.bin", "ner.md" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(Repository.Root, "models", file)), File.ReadAllBytes(Path.Combine(models, file)));
        }
    }

    [Fact]
    public void TrainingNerWithoutAPartOfSpeechModelIsBadInput()
    {
        var data = RequireGum();
        var result = Cli.Run("train", "ner", "--data", data, "--out", _folder.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("pos.bin", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void TheShippedTaggersMeetTheirTargetsOnGumDev()
    {
        var data = RequireGum();
        var result = Cli.Run("eval", "gum", "--data", data, "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.True(json.RootElement.GetProperty("posAccuracy").GetDouble() >= 0.955, result.Stdout);
        // Issue #3's target, met by the shipped seed with one name to spare (see README for the seed spread).
        Assert.True(json.RootElement.GetProperty("all").GetProperty("f1").GetDouble() >= 0.80, result.Stdout);
    }

    [Fact]
    public void EvalGumWithoutGumIsBadInput()
    {
        var result = Cli.Run("eval", "gum", "--data", _folder.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void TagWritesTokenTagAndEntityColumns()
    {
        var input = _folder.Write("in.conll", "-DOCSTART- -X- O\n\nOn\nMonday\n,\nIvo\nBrandt\nreached\nVelmora\n.\n\nHe\nslept\n.\n");
        var result = Cli.Run("tag", input, "--input", "conll", "--format", "conll");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n');
        Assert.Equal("-DOCSTART- -X- O", lines[0]);
        Assert.Equal("", lines[1]);
        Assert.Equal(["On", "Monday", ",", "Ivo", "Brandt", "reached", "Velmora", "."], lines[2..10].Select(l => l.Split('\t')[0]));
        Assert.All(lines[2..10], l => Assert.Equal(3, l.Split('\t').Length));
        Assert.Equal("VBD", lines[7].Split('\t')[1]);
        Assert.Equal(["B-PERSON", "I-PERSON"], lines[5..7].Select(l => l.Split('\t')[2]));
        Assert.Equal("", lines[10]);

        var output = _folder.File("out.tsv");
        Assert.Equal(0, Cli.Run("tag", input, "--input", "conll", "--out", output).ExitCode);
        Assert.Equal(result.Stdout, File.ReadAllText(output));
    }

    [Fact]
    public void TagRefusesAMissingFileAndAnUnknownLayout()
    {
        var missing = Cli.Run("tag", _folder.File("none.conll"), "--input", "conll");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("none.conll", missing.Stderr, StringComparison.Ordinal);
        var input = _folder.Write("in.conll", "word\n");
        Assert.Equal(2, Cli.Run("tag", input, "--input", "xml").ExitCode);
        Assert.Equal(2, Cli.Run("tag", input).ExitCode);
        Assert.Equal(0, Cli.Run("tag", input, "--input", "conll").ExitCode);
    }
}
