using Newsgraph.Core.Events;

namespace Newsgraph.Core.Tests.Events;

/// <summary>The PETRARCH dictionary readers on small made-up dictionaries in the files' formats.</summary>
public sealed class DictionaryReaderTests
{
    private static EventDictionaries Load(string verbs = "", string actors = "", string? agents = null, string? discards = null, string? issues = null) =>
        EventDictionaries.Load([verbs], [actors], agents, discards, issues);

    private static IReadOnlyList<Event> Code(EventDictionaries dictionaries, string sentence, DateOnly date) =>
        NewsgraphPipelines.WithEventDictionaries(dictionaries).Process(sentence, "t", date).Events;

    [Theory]
    [InlineData("2001-06-01", "AAAELI")]
    [InlineData("2004-02-01", "AAAGOV")]
    [InlineData("2010-01-01", "AAAOPP")]
    [InlineData("1930-01-01", "AAAREB")]
    public void ActorCodesFollowTheirDateRestrictions(string date, string code)
    {
        var actors = Load(actors: """
            ZED_QUORA_  # made up
            +ZEDDY_QUORA_
            	[AAAREB <331108]
            	[AAAGOV 20030430-20051231]
            	[AAAOPP >060101]
            	[AAAELI]
            """).Actors;
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(code, actors.CodeOf("Zed Quora", day));
        Assert.Equal(code, actors.CodeOf("ZEDDY_QUORA", day));
    }

    [Fact]
    public void AnActorWithoutADefaultHasNoCodeOutsideItsRoles()
    {
        var actors = Load(actors: "ZED_QUORA_\n\t[AAAGOV 20030430-20051231]\nFREEDONIA_ [FRD]\n+FREEDONIAN\n").Actors;
        Assert.Null(actors.CodeOf("Zed Quora", new DateOnly(2010, 1, 1)));
        Assert.Equal("FRD", actors.CodeOf("Freedonian", new DateOnly(2010, 1, 1)));
        Assert.Equal("FRD", actors.CodeOf("FREEDONIA", null));
    }

    [Fact]
    public void AgentsGetPluralsAndSubstitutions()
    {
        var dictionaries = Load(
            verbs: "--- SCOLD [111] ---\nSCOLD\n",
            actors: "FREEDONIA_ [FRD]\n+FREEDONIAN\n",
            agents: "!PERSON! = MAN, WOMAN\nCONGRESS!PERSON! [~LEG]\nSOLDIER [~MIL]\nPOLICE {} [~COP]\nCHARITY [NGO~]\n");
        var date = new DateOnly(2014, 7, 23);
        Assert.Contains(Code(dictionaries, "Freedonian soldiers scolded Freedonian police.", date), e => e.Source.Code == "FRDMIL" && e.Target.Code == "FRDCOP" && e.Code == "111");
        Assert.Contains(Code(dictionaries, "A congresswoman scolded charities in Freedonia.", date), e => e.Source.Code == "LEG" && e.Target.Code == "NGOFRD");
    }

    [Fact]
    public void VerbsMatchTheirRegularIrregularAndMultiWordForms()
    {
        var dictionaries = Load(
            verbs: """
                &PRAISE
                +COMPLIMENT

                --- SCOLD [111] ---
                SCOLD
                CRY {CRIES CRIED CRYING} [112]
                +TELL_OFF {+TELLS_OFF +TOLD_OFF +TELLING_OFF}
                - * + FOR &PRAISE [051]
                - * + FOR &BLAME [052]
                """,
            actors: "FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\n");
        var date = new DateOnly(2014, 7, 23);
        Assert.Contains(Code(dictionaries, "Freedonia scolds Sylvania.", date), e => e.Code == "111" && e.Source.Code == "FRD");
        Assert.Contains(Code(dictionaries, "Freedonia cried over Sylvania.", date), e => e.Code == "112");
        Assert.Contains(Code(dictionaries, "Freedonia told off Sylvania.", date), e => e.Code == "111" && e.Target.Code == "SYL");
        // A pattern with a synonym set (plural made at load time) overrides the verb's code; one with an undefined set
        // (&BLAME) is ignored, as PETRARCH does.
        Assert.Contains(Code(dictionaries, "Freedonia scolded Sylvania for compliments.", date), e => e.Code == "051");
        Assert.Contains(Code(dictionaries, "Freedonia scolded Sylvania for blame.", date), e => e.Code == "111");
    }

    [Fact]
    public void DiscardsStopTheSentenceOrTheStory()
    {
        var verbs = "--- SCOLD [111] ---\nSCOLD\n";
        var actors = "FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\n";
        var dictionaries = Load(verbs, actors, discards: "CHESS\nWORLD CUP_\n+HISTORICAL NOVEL\n");
        var date = new DateOnly(2014, 7, 23);
        Assert.Empty(Code(dictionaries, "Freedonia scolded Sylvania at chess.", date));
        Assert.Empty(Code(dictionaries, "Freedonia scolded Sylvania at the chessboard.", date));
        Assert.Empty(Code(dictionaries, "Freedonia scolded Sylvania at the World Cup.", date));
        Assert.NotEmpty(Code(dictionaries, "Freedonia scolded Sylvania at the World Cups.", date));
        Assert.Empty(Code(dictionaries, "Freedonia scolded Sylvania. It reads like a historical novel.", date));
    }

    [Fact]
    public void IssuesExpandNounsAndVerbsAndIgnorePhrasesCancelThem()
    {
        var dictionaries = Load(
            "--- SCOLD [111] ---\nSCOLD\n",
            "FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\n",
            issues: "<ISSUE CATEGORY=\"X\">\nn:refugee [REFUGEES]\nv:smuggle [SMUGGLING]\n~refugee camp chess\n</ISSUE>\n");
        var date = new DateOnly(2014, 7, 23);
        var coded = Assert.Single(Code(dictionaries, "Freedonia scolded Sylvania over refugees smuggled across the river.", date));
        Assert.Equal(["REFUGEES", "SMUGGLING"], coded.Issues);
        Assert.Empty(Assert.Single(Code(dictionaries, "Freedonia scolded Sylvania at refugee camp chess.", date)).Issues);
    }

    [Theory]
    [InlineData("040:040", "040", "040")]
    [InlineData("111", "111", null)]
    [InlineData("---", null, null)]
    [InlineData("042:043", "042", "043")]
    public void CodesReadTheirReciprocal(string text, string? primary, string? reciprocal) =>
        Assert.Equal(new EventCode(primary, reciprocal), EventCode.Parse(text));

    [Theory]
    [InlineData("040", "Consult")]
    [InlineData("0256", "Appeal for de-escalation of military engagement")]
    [InlineData("0874", "De-escalate military engagement")]
    [InlineData("163", "Impose embargo, boycott, or sanctions")]
    public void LabelsNameTheCodeOrItsParent(string code, string label) => Assert.Equal(label, CameoLabels.Of(code));

    [Fact]
    public void ThePhoenixSetLoadsWhole()
    {
        var phoenix = EventDictionaries.Phoenix;
        Assert.True(phoenix.Verbs.PatternCount > 10_000);
        Assert.True(phoenix.Actors.Count > 30_000);
        Assert.True(phoenix.Agents.Count > 3_000);
        Assert.True(phoenix.Discards.Count > 300);
        Assert.True(phoenix.Issues.Count > 1_000);
        Assert.Equal("IGOUNO", phoenix.Actors.CodeOf("Ban Ki-moon", new DateOnly(2014, 7, 23)));
        Assert.Equal("KORGOVBUS", phoenix.Actors.CodeOf("Ban Ki-moon", new DateOnly(2005, 1, 1)));
    }
}
