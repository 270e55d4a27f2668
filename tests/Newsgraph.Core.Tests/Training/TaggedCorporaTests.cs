using Newsgraph.Core.Mentions;
using Newsgraph.Core.Training;

namespace Newsgraph.Core.Tests.Training;

public sealed class TaggedCorporaTests
{
    private static string Line(int id, string form, string upos, string xpos, int head, string relation, string misc = "_") =>
        $"{id}\t{form}\t{form}\t{upos}\t{xpos}\t_\t{head}\t{relation}\t_\t{misc}\n";

    /// <summary>Made up: "President Lara Quist of Velmora visited the University of Korvan ."</summary>
    private static readonly string Sentence =
        "# text = made up\n"
        + Line(1, "President", "PROPN", "NNP", 3, "nmod:desc", "Entity=(1-person-new-x-x-x-coref")
        + Line(2, "Lara", "PROPN", "NNP", 3, "compound")
        + Line(3, "Quist", "PROPN", "NNP", 6, "nsubj")
        + Line(4, "of", "ADP", "IN", 5, "case")
        + Line(5, "Velmora", "PROPN", "NNP", 3, "nmod", "Entity=(2-place-new-x-x-x-sgl)1)")
        + "6-7\tvisited\t_\t_\t_\t_\t_\t_\t_\t_\n"
        + Line(6, "visited", "VERB", "VBD", 0, "root")
        + Line(7, "the", "DET", "DT", 8, "det", "Entity=(3-organization-new-x-x-x-sgl")
        + Line(8, "University", "PROPN", "NNP", 6, "obj")
        + Line(9, "of", "ADP", "IN", 10, "case")
        + Line(10, "Korvan", "PROPN", "NNP", 8, "nmod", "Entity=(4-place-new-x-x-x-sgl)3)")
        + Line(11, "the", "DET", "DT", 12, "det", "Entity=(5-abstract-new-x-x-x-sgl")
        + Line(12, "talks", "NOUN", "NNS", 6, "obl", "Entity=5)")
        + Line(13, ".", "PUNCT", ".", 6, "punct")
        + "\n";

    [Fact]
    public void ReadsWordsAndSkipsMultiWordTokenLines()
    {
        var sentence = Assert.Single(TaggedCorpora.ReadConllu(Sentence));
        Assert.Equal(13, sentence.Words.Length);
        Assert.Equal("VBD", sentence.Words[5].Xpos);
    }

    [Fact]
    public void NamedMentionsLeaveOutTitlesAndDeterminersAndKeepOfModifiers()
    {
        var sentence = Assert.Single(TaggedCorpora.ReadConllu(Sentence));
        string Text(NamedSpan n) => string.Join(' ', sentence.Words[n.First..n.End].Select(w => w.Form));
        Assert.Equal(
            [("Lara Quist", EntityType.Person), ("Velmora", EntityType.Place), ("University of Korvan", EntityType.Organization)],
            sentence.Names.Select(n => (Text(n), n.Type)));
        Assert.Equal(["O", "B-PERSON", "I-PERSON", "O", "B-PLACE", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"], TaggedCorpora.BioLabels(sentence));
    }

    [Fact]
    public void CoreNlpWordsComeFromTheTextAndRunsBecomeNames()
    {
        const string text = "Ivo Brandt (of Dravia) left.";
        const string columns = "0\t3\tIvo\tIvo\tNNP\tPERSON\n4\t10\tBrandt\tBrandt\tNNP\tPERSON\n11\t12\t-LRB-\t-lrb-\t-LRB-\tO\n"
            + "12\t14\tof\tof\tIN\tO\n15\t21\tDravia\tDravia\tNNP\tLOCATION\n21\t22\t-RRB-\t-rrb-\t-RRB-\tO\n23\t27\tleft\tleave\tVBD\tO\n27\t28\t.\t.\t.\tO\n\n";
        var sentence = Assert.Single(TaggedCorpora.ReadCoreNlp(columns, text));
        Assert.Equal(["Ivo", "Brandt", "(", "of", "Dravia", ")", "left", "."], sentence.Words.Select(w => w.Form));
        Assert.Equal([new NamedSpan(0, 2, EntityType.Person), new NamedSpan(4, 5, EntityType.Place)], sentence.Names);
        var withoutText = Assert.Single(TaggedCorpora.ReadCoreNlp(columns, null));
        Assert.Equal("(", withoutText.Words[2].Form);
        Assert.False(sentence.HasMiscNames);
    }

    [Fact]
    public void CoreNlpSentencesWithMiscWordsAreMarked()
    {
        const string columns = "0\t8\tDravians\tDravian\tNNPS\tMISC\n9\t14\tvoted\tvote\tVBD\tO\n\n0\t3\tIvo\tIvo\tNNP\tPERSON\n4\t9\tvoted\tvote\tVBD\tO\n\n";
        var sentences = TaggedCorpora.ReadCoreNlp(columns, null);
        Assert.Equal([true, false], sentences.Select(s => s.HasMiscNames));
        Assert.Empty(sentences[0].Names);
    }

    [Fact]
    public void AShortLineIsAFormatError() =>
        Assert.Throws<FormatException>(() => TaggedCorpora.ReadConllu("1\tword\tword\n\n"));
}
