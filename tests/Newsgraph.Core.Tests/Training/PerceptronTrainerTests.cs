using Newsgraph.Core.Mentions;
using Newsgraph.Core.Tagging;
using Newsgraph.Core.Training;

namespace Newsgraph.Core.Tests.Training;

public sealed class PerceptronTrainerTests
{
    /// <summary>
    /// A made-up tagging task: words ending in -ly are adverbs, in -ed past verbs, capitalised words proper nouns,
    /// "the" a determiner and other words nouns; enough variety that suffixes, not whole words, must carry it.
    /// </summary>
    private static LabelledSentence[] Corpus()
    {
        string[] stems = ["walk", "jump", "call", "play", "look", "ask", "help", "kick", "turn", "pull", "push", "fill"];
        string[] names = ["Lara", "Ivo", "Quist", "Brandt", "Velmora", "Korvan", "Halden", "Dravia"];
        var sentences = new List<LabelledSentence>();
        for (var k = 0; k < 60; k++)
        {
            var stem = stems[k % stems.Length];
            var name = names[k % names.Length];
            var noun = stems[(k * 5 + 3) % stems.Length] + "er";
            sentences.Add(new LabelledSentence(
                [name, stem + "ed", "the", noun, "quick" + (k % 3 == 0 ? "ly" : "er"), "."],
                ["NNP", "VBD", "DT", "NN", k % 3 == 0 ? "RB" : "NN", "."]));
        }

        return [.. sentences];
    }

    private static PerceptronModel Train(int seed = 1) =>
        new PerceptronTrainer(new PerceptronTrainingOptions(TaggerKind.PartOfSpeech, "test model") { Epochs = 5, Seed = seed, MinFeatureCount = 1 }, NameLexicon.Empty)
            .Train(Corpus(), _ => 0);

    [Fact]
    public void TagsUnseenWordsBySuffixAndCapitalisation()
    {
        var tagger = new PerceptronTagger(Train(), NameLexicon.Empty);
        var tags = SentenceTagging.TagWords(tagger, ["Zorana", "hummed", "the", "tuner", "slowly", "."]);
        Assert.Equal([PennTag.Nnp, PennTag.Vbd, PennTag.Dt, PennTag.Nn, PennTag.Rb, PennTag.Period], tags);
    }

    [Fact]
    public void TheSameDataGivesTheSameBytes() => Assert.Equal(Train().ToBytes(), Train().ToBytes());

    [Fact]
    public void ReportsEachEpochWithTheDevScore()
    {
        var reports = new List<EpochReport>();
        new PerceptronTrainer(new PerceptronTrainingOptions(TaggerKind.PartOfSpeech, "test") { Epochs = 3, MinFeatureCount = 1 }, NameLexicon.Empty)
            .Train(Corpus(), tagger => SentenceTagging.TagWords(tagger, ["the"])[0] == PennTag.Dt ? 1 : 0, reports.Add);
        Assert.Equal([1, 2, 3], reports.Select(r => r.Epoch));
        Assert.All(reports, r => Assert.Equal(1, r.DevScore));
        Assert.True(reports[^1].TrainAccuracy > reports[0].TrainAccuracy || reports[0].TrainAccuracy == 1);
    }

    [Fact]
    public void AModelReadBackTagsAsTheOriginal()
    {
        var model = Train();
        var copy = PerceptronModel.FromBytes(model.ToBytes());
        string[] words = ["Brandt", "pushed", "the", "caller", "quickly", "."];
        Assert.Equal(
            SentenceTagging.TagWords(new PerceptronTagger(model, NameLexicon.Empty), words),
            SentenceTagging.TagWords(new PerceptronTagger(copy, NameLexicon.Empty), words));
        Assert.Equal(model.Classes, copy.Classes);
        Assert.Equal(model.Description, copy.Description);
    }

    [Fact]
    public void ATruncatedOrForeignFileIsAFormatError()
    {
        var bytes = Train().ToBytes();
        Assert.Throws<FormatException>(() => PerceptronModel.FromBytes(bytes[..(bytes.Length / 2)]));
        Assert.Throws<FormatException>(() => PerceptronModel.FromBytes([.. bytes, 0]));
        Assert.Throws<FormatException>(() => PerceptronModel.FromBytes("kind\tform\n"u8.ToArray()));
    }

    [Fact]
    public void AnEntityModelNeverStartsANameInTheMiddle()
    {
        var pos = new PerceptronTagger(Train(), NameLexicon.Empty);
        var sentences = Corpus().Select(s => new LabelledSentence(s.Words, [.. s.Words.Select((w, i) => i == 0 ? "B-PERSON" : "O")])).ToArray();
        var model = new PerceptronTrainer(new PerceptronTrainingOptions(TaggerKind.NamedEntity, "test ner") { Epochs = 3, MinFeatureCount = 1 }, NameLexicon.Empty, pos)
            .Train(sentences, _ => 0);
        var entities = new PerceptronTagger(model, NameLexicon.Empty);
        string[] words = ["Quist", "Halden", "walked", "the", "turner", "."];
        var names = SentenceTagging.FindNames(entities, words, SentenceTagging.TagWords(pos, words));
        Assert.Contains(names, n => n.First == 0);
        Assert.All(names, n => Assert.True(n.End > n.First));
    }

    /// <summary>Made-up two-word person names and one-word places among ordinary words, as BIO entity sentences.</summary>
    private static LabelledSentence[] EntityCorpus()
    {
        string[] first = ["Lara", "Ivo", "Tamsin", "Oren", "Mirela", "Kasimir"];
        string[] last = ["Quist", "Brandt", "Vey", "Halden", "Korvan", "Dravia"];
        string[] places = ["Velmora", "Zantor", "Pellin", "Osgrave"];
        var sentences = new List<LabelledSentence>();
        for (var k = 0; k < 48; k++)
        {
            sentences.Add(new LabelledSentence(
                [first[k % first.Length], last[(k * 5 + 1) % last.Length], "visited", places[k % places.Length], "today", "."],
                ["B-PERSON", "I-PERSON", "O", "B-PLACE", "O", "O"]));
        }

        return [.. sentences];
    }

    private static PerceptronModel TrainViterbi(PerceptronTagger pos) =>
        new PerceptronTrainer(new PerceptronTrainingOptions(TaggerKind.NamedEntity, "test viterbi ner") { Epochs = 4, MinFeatureCount = 1, Decoding = TaggerDecoding.Viterbi }, NameLexicon.Empty, pos)
            .Train(EntityCorpus(), _ => 0);

    [Fact]
    public void AViterbiEntityModelLearnsATinyTrainingSet()
    {
        var pos = new PerceptronTagger(Train(), NameLexicon.Empty);
        var entities = new PerceptronTagger(TrainViterbi(pos), NameLexicon.Empty);
        foreach (var sentence in EntityCorpus().Take(6))
        {
            var names = SentenceTagging.FindNames(entities, sentence.Words, SentenceTagging.TagWords(pos, sentence.Words));
            Assert.Equal([(0, 2, EntityType.Person), (3, 4, EntityType.Place)], names);
        }
    }

    [Fact]
    public void AViterbiModelKeepsItsDecodingAndDecodesAlikeEveryTime()
    {
        var pos = new PerceptronTagger(Train(), NameLexicon.Empty);
        var model = TrainViterbi(pos);
        Assert.Equal(model.ToBytes(), TrainViterbi(pos).ToBytes());
        var copy = PerceptronModel.FromBytes(model.ToBytes());
        Assert.Equal(TaggerDecoding.Viterbi, copy.Decoding);
        string[] words = ["Oren", "Vey", "left", "Pellin", "for", "Zantor", "."];
        var tags = SentenceTagging.TagWords(pos, words);
        var first = SentenceTagging.FindNames(new PerceptronTagger(model, NameLexicon.Empty), words, tags);
        Assert.Equal(first, SentenceTagging.FindNames(new PerceptronTagger(copy, NameLexicon.Empty), words, tags));
        Assert.Equal(first, SentenceTagging.FindNames(new PerceptronTagger(copy, NameLexicon.Empty), words, tags));
    }

    [Fact]
    public void AModelOfAnUnknownFormatVersionIsAFormatErrorNamingIt()
    {
        var bytes = Train().ToBytes();
        // The version follows the magic string (a length byte and its characters).
        var versionAt = 1 + bytes[0];
        BitConverter.GetBytes(99).CopyTo(bytes, versionAt);
        var error = Assert.Throws<FormatException>(() => PerceptronModel.FromBytes(bytes));
        Assert.Contains("version 99", error.Message, StringComparison.Ordinal);
    }
}
