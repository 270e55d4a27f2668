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

    /// <summary>
    /// A made-up corpus: p_a is the only training article, because the 84 later-dated articles in the metadata
    /// (p_z among them, the only one with text and gold) are the dev split.
    /// </summary>
    private string WriteCorpus()
    {
        var data = Path.Combine(_root, "data");
        var text = Path.Combine(data, "polnear", "train", "text");
        var gold = Path.Combine(data, "polnear", "train", "attributions");
        Directory.CreateDirectory(text);
        Directory.CreateDirectory(gold);
        var metadata = new StringBuilder("compartment\tfilename\tpublication_date\ntrain\tp_a\t2015-01-01\n");
        for (var k = 1; k < PolnearSplit.DevArticleCount; k++) metadata.Append($"train\tp_d{k:D2}\t2016-01-01\n");
        metadata.Append("train\tp_z\t2016-02-01\n");
        File.WriteAllText(Path.Combine(data, "polnear", "metadata.tsv"), metadata.ToString());
        File.WriteAllText(Path.Combine(text, "p_a.txt"), "Ann said no. Bob told reporters yes. Cy told reporters maybe. Di said so.");
        File.WriteAllText(Path.Combine(gold, "p_a_aa11.ann"),
            Attribution(1, cue: (4, 8), content: (9, 11)) + Attribution(2, cue: (17, 31), content: (32, 35)) +
            Attribution(3, cue: (40, 54), content: (55, 60)) + Attribution(4, cue: (65, 69), content: (70, 72)));
        // A second annotator of p_a: only the alphabetically first annotator's file counts.
        File.WriteAllText(Path.Combine(gold, "p_a_zz99.ann"), Attribution(1, cue: (0, 3), content: (4, 8)));
        // The dev article would add two more "said" cues if it were counted.
        File.WriteAllText(Path.Combine(text, "p_z.txt"), "Zed said so. Zoe said no.");
        File.WriteAllText(Path.Combine(gold, "p_z_aa11.ann"), Attribution(1, cue: (4, 8), content: (9, 11)) + Attribution(2, cue: (17, 21), content: (22, 24)));
        return data;
    }

    private static string Attribution(int number, (int Start, int End) cue, (int Start, int End) content) =>
        $"T{2 * number - 1}\tCue {cue.Start} {cue.End}\tx\nT{2 * number}\tContent {content.Start} {content.End}\tx\n" +
        $"E{number}\tAttribution:T{2 * number - 1} Content:T{2 * number} Cue:T{2 * number - 1}\n";

    [Fact]
    public void WritesTheLexiconAndItsCardDeterministically()
    {
        var data = WriteCorpus();
        var models = Path.Combine(_root, "models");

        Assert.Equal(0, Invoke("train", "cues", "--data", data, "--out", models));
        var firstLexicon = File.ReadAllBytes(Path.Combine(models, "cues.tsv"));
        var firstCard = File.ReadAllBytes(Path.Combine(models, "cues.md"));
        Assert.Equal(0, Invoke("train", "cues", "--data", data, "--out", models));

        Assert.Equal(firstLexicon, File.ReadAllBytes(Path.Combine(models, "cues.tsv")));
        Assert.Equal(firstCard, File.ReadAllBytes(Path.Combine(models, "cues.md")));
        Assert.Equal(["cues.md", "cues.tsv"], Directory.GetFiles(models).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        // Only p_a, read once through its first annotator: words inside two or more cues, then the phrase; equal counts sort by form.
        Assert.Equal(
            "# Newsgraph cue lexicon v1: 1 PolNeAR train articles (dev split of the last 84 by date excluded)\n" +
            "# word: a lowercased token; phrase: a whole cue span of 2-4 tokens. as_cue: times inside (word) or equal to (phrase) a gold cue span; occurrences: times in the text.\n" +
            "# Rows with as_cue >= 2.\n" +
            "kind\tform\tas_cue\toccurrences\n" +
            "word\treporters\t2\t2\n" +
            "word\tsaid\t2\t2\n" +
            "word\ttold\t2\t2\n" +
            "phrase\ttold reporters\t2\t2\n",
            Encoding.UTF8.GetString(firstLexicon));
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

    /// <summary>../shared/data, or a skip when PolNeAR's train compartment is not there.</summary>
    private static string PolnearTrainData()
    {
        var data = Repository.SharedData;
        if (!File.Exists(Path.Combine(data, "polnear", "metadata.tsv")) || !Directory.Exists(Path.Combine(data, "polnear", "train", "attributions")))
        {
            Assert.Skip("PolNeAR's train compartment is not in ../shared/data.");
        }

        return data;
    }

    /// <summary>`train MODEL` into a fresh folder writes the committed model file and its card byte for byte.</summary>
    private void AssertRetrainingReproduces(string model, string modelFile, string data)
    {
        var models = Path.Combine(_root, "models");
        Assert.Equal(0, Invoke("train", model, "--data", data, "--out", models));

        foreach (var file in new[] { modelFile, Path.ChangeExtension(modelFile, ".md") })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(Repository.Root, "models", file)), File.ReadAllBytes(Path.Combine(models, file)));
        }
    }

    [Fact]
    public void RetrainingTheNameLexiconReproducesTheCommittedModel()
    {
        var data = Repository.SharedData;
        if (!Directory.Exists(Path.Combine(data, "polnear", "train", "corenlp")) || !File.Exists(Path.Combine(data, "cameo", "Phoenix.Countries.actors.txt")))
        {
            Assert.Skip("PolNeAR's CoreNLP output or the Phoenix country dictionary is not in ../shared/data.");
        }

        AssertRetrainingReproduces("names", "names.tsv", data);
    }

    [Fact]
    public void RetrainingTheCueLexiconReproducesTheCommittedModel()
    {
        AssertRetrainingReproduces("cues", "cues.tsv", PolnearTrainData());
    }

    [Fact]
    public void RetrainingTheAttributionModelReproducesTheCommittedModel()
    {
        AssertRetrainingReproduces("attribution", "attribution.tsv", PolnearTrainData());
    }

    [Fact]
    public void TrainingTheAttributionModelWithoutDataExitsWithAnError()
    {
        var empty = Path.Combine(_root, "empty");
        Directory.CreateDirectory(empty);

        Assert.Equal(1, Invoke("train", "attribution", "--data", empty, "--out", Path.Combine(_root, "models")));
        Assert.False(File.Exists(Path.Combine(_root, "models", "attribution.tsv")));
    }
}
