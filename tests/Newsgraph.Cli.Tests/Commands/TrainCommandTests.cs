using System.CommandLine;
using System.Text;
using Newsgraph.Cli.Commands;
using Newsgraph.Core.Evaluation;

namespace Newsgraph.Cli.Tests.Commands;

public sealed class TrainCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "newsgraph-train-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        // A test that writes nothing leaves no folder behind.
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private static int Invoke(params string[] args) => Invoke(new StringWriter(), args);

    private static int Invoke(StringWriter error, params string[] args)
    {
        var root = new RootCommand { TrainCommand.Create() };
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = new StringWriter(), Error = error });
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

    private const string CoreNlpHeader = "# columns: start end word lemma xpos ner\n";

    /// <summary>
    /// A made-up corpus: p_a is the only training article, because the 84 later-dated articles in the metadata
    /// (p_z among them, the only one with CoreNLP output) are the dev split.
    /// </summary>
    private string WriteNameData(bool withPhoenix = true)
    {
        var data = Path.Combine(_root, "data");
        var coreNlp = Path.Combine(data, "polnear", "train", "corenlp");
        Directory.CreateDirectory(coreNlp);
        var metadata = new StringBuilder("compartment\tfilename\tpublication_date\ntrain\tp_a\t2015-01-01\n");
        for (var k = 1; k < PolnearSplit.DevArticleCount; k++) metadata.Append($"train\tp_d{k:D2}\t2016-01-01\n");
        metadata.Append("train\tp_z\t2016-02-01\n");
        File.WriteAllText(Path.Combine(data, "polnear", "metadata.tsv"), metadata.ToString());
        File.WriteAllText(Path.Combine(coreNlp, "p_a.conll"), CoreNlpHeader +
            "0\t3\tAnn\tAnn\tNNP\tPERSON\n4\t7\tLee\tLee\tNNP\tPERSON\n8\t15\tvisited\tvisit\tVBD\tO\n16\t20\tOslo\tOslo\tNNP\tLOCATION\n\n" +
            "21\t24\tThe\tthe\tDT\tO\n25\t30\tGreens\tGreens\tNNPS\tMISC\n31\t35\tvoted\tvote\tVBD\tO\n");
        File.WriteAllText(Path.Combine(coreNlp, "p_z.conll"), CoreNlpHeader + "0\t3\tZed\tZed\tNNP\tPERSON\n4\t8\tZulu\tZulu\tNNP\tPERSON\n");
        if (withPhoenix)
        {
            Directory.CreateDirectory(Path.Combine(data, "cameo"));
            File.WriteAllText(Path.Combine(data, "cameo", "Phoenix.Countries.actors.txt"),
                "# a made-up country\nVELMORA_  [VEL]\n+VELMORIAN_ \n+REPUBLIC_OF_VELMORA_ \n");
        }

        return data;
    }

    [Fact]
    public void TrainsTheNameLexiconFromTrainArticlesAndPhoenixPlaces()
    {
        var data = WriteNameData();
        var models = Path.Combine(_root, "models");

        Assert.Equal(0, Invoke("train", "names", "--data", data, "--out", models));

        // "The", seen once and not as a name, is dropped; the dev article's "Zed Zulu" is not counted.
        Assert.Equal(
            "# Newsgraph name lexicon v1: CoreNLP silver NER of 1 PolNeAR train articles (dev split excluded) and Phoenix country/region names (MIT)\n" +
            "kind\tform\tperson\torg\tplace\tnorp\tother\n" +
            "span\tAnn Lee\t1\t0\t0\t0\t0\n" +
            "span\tRepublic Of Velmora\t0\t0\t1\t0\t0\n" +
            "token\tAnn\t1\t0\t0\t0\t0\n" +
            "token\tGreens\t0\t0\t0\t1\t0\n" +
            "token\tLee\t1\t0\t0\t0\t0\n" +
            "token\tOslo\t0\t0\t1\t0\t0\n" +
            "token\tVelmora\t0\t0\t1\t0\t0\n" +
            "token\tVelmorian\t0\t0\t0\t1\t0\n",
            File.ReadAllText(Path.Combine(models, "names.tsv")));
        Assert.Equal(["names.md", "names.tsv"], Directory.GetFiles(models).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var card = File.ReadAllText(Path.Combine(models, "names.md"));
        Assert.Contains("`token` rows: 6", card, StringComparison.Ordinal);
        Assert.Contains("`span` rows: 2", card, StringComparison.Ordinal);
        Assert.Contains("Copyright (c) 2014 Open Event Data Alliance", card, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingNameDataExitsWithAOneLineReason()
    {
        var data = WriteNameData(withPhoenix: false);
        var models = Path.Combine(_root, "models");
        var error = new StringWriter();

        Assert.Equal(1, Invoke(error, "train", "names", "--data", data, "--out", models));

        Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(Directory.Exists(models));
    }

    [Fact]
    public void RetrainingTheNameLexiconReproducesTheCommittedModel()
    {
        var repository = RepositoryRoot();
        var data = Path.Combine(repository, "..", "shared", "data");
        if (!Directory.Exists(Path.Combine(data, "polnear", "train", "corenlp")) || !File.Exists(Path.Combine(data, "cameo", "Phoenix.Countries.actors.txt")))
        {
            Assert.Skip("PolNeAR's CoreNLP output or the Phoenix country dictionary is not in ../shared/data.");
        }

        var models = Path.Combine(_root, "models");
        Assert.Equal(0, Invoke("train", "names", "--data", data, "--out", models));

        Assert.Equal(File.ReadAllBytes(Path.Combine(repository, "models", "names.tsv")), File.ReadAllBytes(Path.Combine(models, "names.tsv")));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Newsgraph.slnx"))) return folder.FullName;
        }

        throw new InvalidOperationException("The tests do not run inside the repository.");
    }
}
