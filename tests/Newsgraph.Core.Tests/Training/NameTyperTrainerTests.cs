using Newsgraph.Core.Mentions;
using Newsgraph.Core.Tagging;
using Newsgraph.Core.Text;
using Newsgraph.Core.Training;

namespace Newsgraph.Core.Tests.Training;

public sealed class NameTyperTrainerTests
{
    private static readonly string[] PersonNames = ["Lorvek", "Tamsin", "Oquen", "Bralda", "Ivesh", "Marrit", "Sovlan", "Pettra"];
    private static readonly string[] PlaceNames = ["Drelmoor", "Quastin", "Ulvara", "Kethby", "Norrowe", "Ilsham", "Varnet", "Cobbrin"];

    /// <summary>
    /// Made-up documents: a person speaks ("X said so ."), a place is travelled to ("We flew to Y ."); the tagger's
    /// types (the predicted names) are all organisations, so only the words around a name tell its type.
    /// </summary>
    private static List<TyperDocument> Documents()
    {
        var documents = new List<TyperDocument>();
        for (var k = 0; k < 24; k++)
        {
            var person = PersonNames[k % PersonNames.Length];
            var place = PlaceNames[(k * 3) % PlaceNames.Length];
            TreebankSentence[] sentences =
            [
                Sentence([person, "said", "so", "."], new NamedSpan(0, 1, EntityType.Person)),
                Sentence(["We", "flew", "to", place, "."], new NamedSpan(3, 4, EntityType.Place)),
            ];
            List<(int First, int End, EntityType Type)>[] predicted = [[(0, 1, EntityType.Organization)], [(3, 4, EntityType.Organization)]];
            documents.Add(new TyperDocument(sentences, predicted));
        }

        return documents;
    }

    private static TreebankSentence Sentence(string[] words, params NamedSpan[] names) =>
        new([.. words.Select(w => new TreebankWord(w, "X", "X", 0, "dep", "_"))], names);

    private static NameTyper Train() => NameTyperTrainer.Train(Documents(), NameLexicon.Empty, epochs: 5, seed: 1);

    /// <summary>Retypes the names of one made-up document of sentences, all found as organisations.</summary>
    private static List<(int First, int End, EntityType Type)> Retype(NameTyper typer, string[][] sentences, params (int First, int End)[] names)
    {
        var (text, tokens) = WordText.Join([.. sentences.SelectMany(s => s)]);
        var bounds = new List<Sentence>();
        var offset = 0;
        foreach (var sentence in sentences)
        {
            bounds.Add(new Sentence(0, 0, offset, offset + sentence.Length, 0));
            offset += sentence.Length;
        }

        var found = names.Select(n => (n.First, n.End, EntityType.Organization)).ToList();
        typer.Retype(text, tokens, bounds, NameLexicon.Empty, found);
        return found;
    }

    [Fact]
    public void TypesUnseenNamesByTheirContext()
    {
        var names = Retype(Train(), [["Zelphine", "said", "so", "."], ["We", "flew", "to", "Harbrook", "."]], (0, 1), (7, 8));
        Assert.Equal([(0, 1, EntityType.Person), (7, 8, EntityType.Place)], names);
    }

    [Fact]
    public void ANameInAnUninformativeContextTakesTheTypeItsOtherOccurrencesSuggest()
    {
        // "Zelphine ." alone says nothing; elsewhere in the document Zelphine speaks.
        var names = Retype(Train(), [["Zelphine", "said", "so", "."], ["Zelphine", "."]], (0, 1), (4, 5));
        Assert.Equal(EntityType.Person, names[1].Type);
    }

    [Fact]
    public void TheSameDocumentsGiveTheSameTyper()
    {
        var model = EntityModel();
        Assert.Equal(model.WithTyper(Train()).ToBytes(), model.WithTyper(Train()).ToBytes());
    }

    [Fact]
    public void AnEntityModelReadBackKeepsItsTyper()
    {
        var model = EntityModel();
        Assert.Null(PerceptronModel.FromBytes(model.ToBytes()).Typer);
        var copy = PerceptronModel.FromBytes(model.WithTyper(Train()).ToBytes());
        Assert.NotNull(copy.Typer);
        var names = Retype(copy.Typer, [["Zelphine", "said", "so", "."], ["We", "flew", "to", "Harbrook", "."]], (0, 1), (7, 8));
        Assert.Equal([EntityType.Person, EntityType.Place], names.Select(n => n.Type));
    }

    /// <summary>A small entity tagger to carry the typer (its part-of-speech features read a one-tag tagger).</summary>
    private static PerceptronModel EntityModel()
    {
        var posSentences = new[] { new LabelledSentence(["a"], ["NN"]) };
        var pos = new PerceptronTagger(new PerceptronTrainer(new PerceptronTrainingOptions(TaggerKind.PartOfSpeech, "pos") { Epochs = 1, MinFeatureCount = 1 }, NameLexicon.Empty).Train(posSentences, _ => 0), NameLexicon.Empty);
        var sentences = new[] { new LabelledSentence(["Lorvek", "said", "so", "."], ["B-PERSON", "O", "O", "O"]) };
        return new PerceptronTrainer(new PerceptronTrainingOptions(TaggerKind.NamedEntity, "ner") { Epochs = 1, MinFeatureCount = 1 }, NameLexicon.Empty, pos).Train(sentences, _ => 0);
    }
}
