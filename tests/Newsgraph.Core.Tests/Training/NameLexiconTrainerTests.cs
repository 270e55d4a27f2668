using Newsgraph.Core.Mentions;
using Newsgraph.Core.Tagging;
using Newsgraph.Core.Training;

namespace Newsgraph.Core.Tests.Training;

public sealed class NameLexiconTrainerTests
{
    private const string Header = "# columns: start end word lemma xpos ner\n";

    private static string Row(string word, string ner) => $"0\t1\t{word}\t{word}\tNNP\t{ner}\n";

    private static NameLexicon Train(Action<NameLexiconTrainer> add)
    {
        var trainer = new NameLexiconTrainer();
        add(trainer);
        return NameLexicon.Parse(trainer.ToTsv("test"));
    }

    [Fact]
    public void CountsTokensAndMultiWordNamesByTheirCoreNlpLabel()
    {
        var lexicon = Train(trainer => trainer.AddCoreNlp(Header +
            Row("Ann", "PERSON") + Row("Lee", "PERSON") + Row("met", "O") + Row("Acme", "ORGANIZATION") + Row("Corp", "ORGANIZATION") +
            Row("in", "O") + Row("Oslo", "LOCATION") + Row("with", "O") + Row("Greens", "MISC")));

        Assert.Equal(new NameEvidence(1, 0, 0, 0, 0), lexicon.Span("Ann Lee"));
        Assert.Equal(new NameEvidence(0, 1, 0, 0, 0), lexicon.Span("Acme Corp"));
        Assert.Equal(new NameEvidence(0, 0, 1, 0, 0), lexicon.Token("Oslo"));
        Assert.Equal(new NameEvidence(0, 0, 0, 1, 0), lexicon.Token("Greens"));
        // Lowercase words are not counted, and single-word names make no span row.
        Assert.Equal(default, lexicon.Token("met"));
        Assert.Equal(2, lexicon.SpanCount);
    }

    [Fact]
    public void ALabelChangeOrASentenceBreakEndsAName()
    {
        var lexicon = Train(trainer => trainer.AddCoreNlp(Header +
            Row("Ann", "PERSON") + Row("Acme", "ORGANIZATION") + Row("Corp", "ORGANIZATION") + "\n" + Row("Inc", "ORGANIZATION")));

        Assert.Equal(new NameEvidence(0, 1, 0, 0, 0), lexicon.Span("Acme Corp"));
        Assert.Equal(default, lexicon.Span("Ann Acme Corp"));
        Assert.Equal(default, lexicon.Span("Acme Corp Inc"));
    }

    [Fact]
    public void DropsFormsSeenOnceAndNotAsAName()
    {
        var lexicon = Train(trainer =>
        {
            trainer.AddCoreNlp(Header + Row("The", "O") + Row("Then", "O") + Row("Oslo", "LOCATION"));
            trainer.AddCoreNlp(Header + Row("The", "O"));
        });

        Assert.Equal(new NameEvidence(0, 0, 0, 0, 2), lexicon.Token("The"));
        Assert.Equal(default, lexicon.Token("Then"));
        Assert.Equal(new NameEvidence(0, 0, 1, 0, 0), lexicon.Token("Oslo"));
    }

    [Fact]
    public void CountsDocuments()
    {
        var trainer = new NameLexiconTrainer();
        trainer.AddCoreNlp(Header + Row("Oslo", "LOCATION"));
        trainer.AddCoreNlp(Header);

        Assert.Equal(2, trainer.Documents);
    }

    private const string Phoenix =
        "# comment\n" +
        "JORDAN_  [JOR]\n+JORDANIAN_ \n+HASHEMITE_KINGDOM_OF_THE_JORDAN_ \n+AMMAN_ \n" +
        "IRAN_  [IRN]\n+IRANIANS_ \n+IRAN_ \n" +
        "USA_  [USA]\n+AMERICAN_ \n" +
        "ANN_LEE_  # CountryInfo.txt\n\t[JORGOV]\n+LEE_ \n";

    [Fact]
    public void PhoenixNationalityFormsAreNorp()
    {
        var lexicon = Train(trainer => trainer.AddPhoenixPlaces(Phoenix));

        Assert.Equal(EntityType.Norp, lexicon.Token("Jordanian").BestType());
        Assert.Equal(EntityType.Norp, lexicon.Token("Iranians").BestType());
        Assert.Equal(EntityType.Norp, lexicon.Token("American").BestType());
    }

    [Fact]
    public void PhoenixCountriesAndCitiesStayPlaces()
    {
        var lexicon = Train(trainer => trainer.AddPhoenixPlaces(Phoenix));

        Assert.Equal(new NameEvidence(0, 0, 1, 0, 0), lexicon.Token("Amman"));
        Assert.Equal(new NameEvidence(0, 0, 2, 0, 0), lexicon.Token("Iran"));
        Assert.Equal(new NameEvidence(0, 0, 1, 0, 0), lexicon.Token("Jordan"));
        // Three-letter codes stay upper case.
        Assert.Equal(new NameEvidence(0, 0, 1, 0, 0), lexicon.Token("USA"));
    }

    [Fact]
    public void PhoenixMultiWordNamesBecomeSpanRows()
    {
        var lexicon = Train(trainer => trainer.AddPhoenixPlaces(Phoenix));

        Assert.Equal(new NameEvidence(0, 0, 1, 0, 0), lexicon.Span("Hashemite Kingdom Of The Jordan"));
        Assert.Equal(1, lexicon.SpanCount);
    }

    [Fact]
    public void PhoenixPeopleAreSkipped()
    {
        var lexicon = Train(trainer => trainer.AddPhoenixPlaces(Phoenix));

        Assert.Equal(default, lexicon.Span("Ann Lee"));
        Assert.Equal(default, lexicon.Token("Lee"));
    }

    [Fact]
    public void OutputIsSortedAndStartsWithTheDescriptionAndHeader()
    {
        var trainer = new NameLexiconTrainer();
        trainer.AddPhoenixPlaces("OMAN_  [OMN]\n+OMANI_ \nBENIN_  [BEN]\n+REPUBLIC_OF_BENIN_ \n");

        Assert.Equal(
            "# made-up places\n" + NameLexicon.Header + "\n" +
            "span\tRepublic Of Benin\t0\t0\t1\t0\t0\n" +
            "token\tBenin\t0\t0\t1\t0\t0\n" +
            "token\tOman\t0\t0\t1\t0\t0\n" +
            "token\tOmani\t0\t0\t0\t1\t0\n",
            trainer.ToTsv("made-up places"));
    }
}
