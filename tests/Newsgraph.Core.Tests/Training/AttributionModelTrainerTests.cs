using Newsgraph.Core.Evaluation;
using Newsgraph.Core.Quotes;
using Newsgraph.Core.Training;

namespace Newsgraph.Core.Tests.Training;

public sealed class AttributionModelTrainerTests
{
    // "vowed" is a cue after a name and never after "the"; contents stop before "on Monday", which reports the cue's time.
    private static readonly CueLexicon Lexicon = CueLexicon.Parse(
        "kind\tform\tas_cue\toccurrences\nword\tvowed\t20\t40\nword\tstated\t20\t20\n");

    private static readonly string[] Names = ["Mara Lind", "Olek Brun", "Tessa Vos", "Ivo Brandt", "Nell Ortiz"];
    private static readonly string[] Claims = ["the bridge would open", "taxes would fall", "the mill would stay", "schools would reopen"];

    private static (Document Document, IReadOnlyList<Attribution> Gold) Article(int index)
    {
        var name = Names[index % Names.Length];
        var claim = Claims[index % Claims.Length];
        var text = $"{name} vowed {claim} on Monday. The vowed changes are due soon.";
        var cue = text.IndexOf("vowed", StringComparison.Ordinal);
        var content = text.IndexOf(claim, StringComparison.Ordinal);
        var gold = new Attribution([new TextSpan(content, content + claim.Length)], [new TextSpan(cue, cue + 5)], [new TextSpan(0, name.Length)]);
        return (NewsgraphPipelines.BeforeAttribution.Process(text), [gold]);
    }

    private static (string Tsv, AttributionTrainingSummary Summary) Train()
    {
        var trainer = new AttributionModelTrainer(Lexicon);
        for (var i = 0; i < 20; i++)
        {
            var (document, gold) = Article(i);
            trainer.Add(document, gold);
        }

        return trainer.Train("test model");
    }

    [Fact]
    public void TheSameExamplesGiveTheSameFile()
    {
        var (first, summary) = Train();
        var (second, _) = Train();

        Assert.Equal(first, second);
        Assert.Equal(20, summary.Articles);
        Assert.Equal(40, summary.CueCandidates);
        Assert.Equal(20, summary.CuePositives);
        Assert.Equal(20, summary.ContentEnds);
        Assert.StartsWith("# test model\n", first, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTrainedModelFindsCuesAndContentEndsInNewText()
    {
        var model = AttributionModel.Parse(Train().Tsv, Lexicon);
        var attributor = new QuoteAttributor(model);
        var document = NewsgraphPipelines.BeforeAttribution.Process("Rosa Pell vowed the ferry would run on Monday. The vowed changes are due soon.");

        attributor.Process(document);

        var quote = Assert.Single(document.Quotes);
        Assert.Equal("vowed", document.Text[quote.Cue!.Value.Start..quote.Cue.Value.End]);
        Assert.Equal("the ferry would run", document.Text[quote.Content.Start..quote.Content.End]);
        Assert.Equal("Rosa Pell", document.Text[quote.Source!.Value.Start..quote.Source.Value.End]);
    }

    [Fact]
    public void AMalformedModelLineIsAFormatError()
    {
        Assert.Throws<FormatException>(() => AttributionModel.Parse("cue\tnot-hex\t1\n", Lexicon));
        Assert.Throws<FormatException>(() => AttributionModel.Parse("other\t00000000000000ff\t1\n", Lexicon));
    }

    [Fact]
    public void ACueWithoutAVerbIsHeadedByItsNounNotItsPreposition()
    {
        var lexicon = CueLexicon.Parse("kind\tform\tas_cue\toccurrences\nword\tcriticism\t10\t20\n");
        var trainer = new AttributionModelTrainer(lexicon);
        foreach (var name in Names)
        {
            var text = $"{name} made a criticism of the harbour plan.";
            var cue = text.IndexOf("criticism of", StringComparison.Ordinal);
            var content = text.IndexOf("the harbour plan", StringComparison.Ordinal);
            trainer.Add(NewsgraphPipelines.BeforeAttribution.Process(text),
                [new Attribution([new TextSpan(content, content + 16)], [new TextSpan(cue, cue + 12)], [new TextSpan(0, name.Length)])]);
        }

        var (_, summary) = trainer.Train("nominal cues");
        Assert.Equal(Names.Length, summary.CueCandidates);
        Assert.Equal(Names.Length, summary.CuePositives);
    }

    [Fact]
    public void TheContentRankersLearnFromTheCueHeadSoTheySkipItsPreposition()
    {
        // Gold marks "talked about" as the cue, but the cue finder keeps only "talked": the content must skip "about".
        var lexicon = CueLexicon.Parse("kind\tform\tas_cue\toccurrences\nword\ttalked\t10\t10\n");
        var trainer = new AttributionModelTrainer(lexicon);
        for (var i = 0; i < 20; i++)
        {
            var name = Names[i % Names.Length];
            var topic = Claims[i % Claims.Length].Split(' ')[1] + " plans";
            var text = $"{name} talked about {topic} on Monday.";
            var cue = text.IndexOf("talked about", StringComparison.Ordinal);
            var content = text.IndexOf(topic, StringComparison.Ordinal);
            trainer.Add(NewsgraphPipelines.BeforeAttribution.Process(text),
                [new Attribution([new TextSpan(content, content + topic.Length)], [new TextSpan(cue, cue + 12)], [new TextSpan(0, name.Length)])]);
        }

        var attributor = new QuoteAttributor(AttributionModel.Parse(trainer.Train("head cues").Tsv, lexicon));
        var document = NewsgraphPipelines.BeforeAttribution.Process("Rosa Pell talked about ferry plans on Monday.");
        attributor.Process(document);

        var quote = Assert.Single(document.Quotes);
        Assert.Equal("ferry plans", document.Text[quote.Content.Start..quote.Content.End]);
    }
}
