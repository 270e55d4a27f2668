using Newsgraph.Core.Events;

namespace Newsgraph.Core.Tests.Events;

/// <summary>
/// Made-up sentences, one feature each, through the default pipeline with the Phoenix dictionaries. Events are
/// written "SOURCE>TARGET:CODE"; each expected event must be coded, and each "!"-prefixed one must not be.
/// Codes come from the dictionaries' verb blocks (DENOUNCE [111], BLAME [112], THREATEN [130], ...).
/// </summary>
public sealed class EventCoderSentenceTests
{
    private static readonly DateOnly Published = new(2014, 7, 23);

    // Verbs and the code of the block that lists them in CAMEO.verbpatterns.
    private static readonly (string Verb, string Code)[] Verbs =
    [
        ("criticized", "111"), ("condemned", "111"), ("denounced", "111"), ("blamed", "112"), ("threatened", "130"),
        ("thanked", "051"), ("invaded", "192"), ("attacked", "190"),
        ("shelled", "190"), ("raided", "190"), ("sued", "173"), ("forgave", "056"), ("investigated", "090"),
        ("assassinated", "186"), ("abducted", "181"), ("warned", "130"), ("occupied", "192"),
    ];

    private static readonly (string Name, string Code)[][] Pairs =
    [
        [("Egypt", "EGY"), ("Israel", "ISR")],
        [("France", "FRA"), ("Germany", "DEU")],
        [("China", "CHN"), ("Japan", "JPN")],
        [("Russia", "RUS"), ("Ukraine", "UKR")],
        [("Iran", "IRN"), ("Iraq", "IRQ")],
    ];

    public static TheoryData<string, string> VerbSentences()
    {
        var data = new TheoryData<string, string>();
        foreach (var (verb, code) in Verbs)
        {
            foreach (var pair in Pairs)
                data.Add($"{pair[0].Name} {verb} {pair[1].Name}.", $"{pair[0].Code}>{pair[1].Code}:{code} !{pair[1].Code}>{pair[0].Code}:{code}");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(VerbSentences))]
    public void CodesTheVerbOfASimpleSentence(string sentence, string expected) => AssertCoded(sentence, Published, expected);

    [Theory]
    // Compound actors.
    [InlineData("Egypt criticized Israel and Hamas.", "EGY>ISR:111 EGY>PSEREBHMS:111")]
    [InlineData("Egypt and Jordan criticized Israel.", "EGY>ISR:111 JOR>ISR:111")]
    [InlineData("Egypt, Jordan and Syria condemned Israel.", "EGY>ISR:111 JOR>ISR:111 SYR>ISR:111")]
    [InlineData("Saudi Arabia and Qatar met with Kuwait.", "SAU>KWT:040 QAT>KWT:040")]
    [InlineData("Egypt and Jordan signed an agreement.", "EGY>JOR:057 JOR>EGY:057")]
    // Passive voice.
    [InlineData("Israel was criticized by Egypt.", "EGY>ISR:111 !ISR>EGY:111")]
    [InlineData("Ukraine was threatened by Russia.", "RUS>UKR:130 !UKR>RUS:130")]
    [InlineData("Egypt’s proposal was rejected by Hamas.", "PSEREBHMS>EGY:120")]
    [InlineData("Japan was also criticized by China.", "CHN>JPN:111")]
    // Negation: not coded.
    [InlineData("Egypt did not criticize Israel.", "!EGY>ISR:111")]
    [InlineData("France never attacked Germany.", "!FRA>DEU:190")]
    [InlineData("China didn't condemn Japan.", "!CHN>JPN:111")]
    // Expected acts are coded as intentions.
    [InlineData("Pakistan will attack India.", "PAK>IND:138 !PAK>IND:190")]
    [InlineData("Russia is expected to meet with Ukraine.", "RUS>UKR:036 !RUS>UKR:040")]
    [InlineData("Japanese Prime Minister Kenji Sato is expected to meet Chinese President Li Wei in Beijing.", "JPNGOV>CHNGOV:036")]
    // Agents.
    [InlineData("Police in Gaza arrested three protesters from Hamas.", "PSEGZACOP>PSEREBHMSOPP:173")]
    [InlineData("Israeli troops attacked Hamas.", "ISRMIL>PSEREBHMS:190")]
    [InlineData("Airlines suspended flights to Israel.", "BUS>ISR:163")]
    // People coded through titles, names and pronouns.
    [InlineData("Palestinian president Mahmoud Abbas met Jordan’s Foreign Minister Nasser Judeh in Amman.", "PSEGOV>JORGOV:040")]
    [InlineData("Russian President Ivan Petrov visited China.", "RUSGOV>CHN:042")]
    [InlineData("Kenya hosted Somali President Hassan Ali.", "KEN>SOMGOV:043")]
    [InlineData("US Secretary of State Mark Hill arrived in Cairo. He criticized Israel.", "USAGOV>ISR:111")]
    [InlineData("Iran accused the United States of spying.", "IRN>USA:112")]
    // Relative clauses and infinitives.
    [InlineData("Egypt’s proposal, which Hamas rejected, was praised.", "PSEREBHMS>EGY:120")]
    [InlineData("Germany urged Russia to withdraw.", "DEU>RUS:0256")]
    [InlineData("Greece appealed to Germany for aid.", "GRC>DEU:023")]
    [InlineData("The European Union imposed sanctions on Russia.", "IGOEUREEC>RUS:163")]
    [InlineData("The United States sanctioned Iran.", "USA>IRN:163")]
    [InlineData("Egypt rejected the proposal from Israel.", "EGY>ISR:120")]
    // Quotations are not coded.
    [InlineData("“Egypt criticized Israel,” the minister said.", "!EGY>ISR:111")]
    public void CodesTheFeature(string sentence, string expected) => AssertCoded(sentence, Published, expected);

    [Theory]
    // Date ranges of actor roles: Mahmoud Abbas is PSEELI before 2003 and PSEGOV from 2005 on.
    [InlineData("2004-01-01", "Mahmoud Abbas criticized Israel.", "PSEELI>ISR:111 !PSEGOV>ISR:111")]
    [InlineData("2014-07-23", "Mahmoud Abbas criticized Israel.", "PSEGOV>ISR:111 !PSEELI>ISR:111")]
    [InlineData("2000-06-01", "Nasser Judeh criticized Israel.", "!JORGOV>ISR:111")]
    [InlineData("2012-06-01", "Nasser Judeh criticized Israel.", "JORGOV>ISR:111")]
    [InlineData("2008-06-01", "Nasser Judeh criticized Israel.", "JORGOVMED>ISR:111")]
    public void CodesPeopleByTheirRoleAtTheDate(string date, string sentence, string expected) => AssertCoded(sentence, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), expected);

    [Fact]
    public void PlacesTheEventWhereTheSentenceSaysItHappened()
    {
        var document = NewsgraphPipelines.Default.Process("Russia and Ukraine held talks in Minsk.", "t", Published);
        var talks = Assert.Single(document.Events, e => e.Source.Code == "RUS" && e.Target.Code == "UKR" && document.TextOf(e.Trigger) == "talks");
        Assert.Equal("Minsk", document.Entities[talks.Place].Name);
        Assert.DoesNotContain(document.Events, e => e.Source.Code == "BLR" || e.Target.Code == "BLR");
    }

    [Fact]
    public void DatesTheEventByTheSentencesDateElseThePublicationDate()
    {
        var document = NewsgraphPipelines.Default.Process("China condemned Japan on Monday. Egypt criticized Israel.", "t", Published);
        Assert.Equal(new DateOnly(2014, 7, 21), Assert.Single(document.Events, e => e.Code == "111" && e.Source.Code == "CHN").Date);
        Assert.Equal(Published, Assert.Single(document.Events, e => e.Source.Code == "EGY").Date);
    }

    [Fact]
    public void MarksExpectedEvents()
    {
        var document = NewsgraphPipelines.Default.Process("Russia is expected to meet with Ukraine.", "t", Published);
        var meeting = document.Events.Where(e => document.TextOf(e.Trigger) == "meet with").ToArray();
        Assert.NotEmpty(meeting);
        Assert.All(meeting, e => Assert.Equal(EventModality.Expected, e.Modality));
    }

    [Fact]
    public void DiscardsSportsSentences()
    {
        var document = NewsgraphPipelines.Default.Process("Brazil attacked Argentina in the World Cup final.", "t", Published);
        Assert.Empty(document.Events);
    }

    [Fact]
    public void PeopleNoDictionaryKnowsStillMeetWithoutCodes()
    {
        var document = NewsgraphPipelines.Default.Process("Mirela Vasquez met Tobias Lindqvist in Geneva.", "t", Published);
        var meeting = Assert.Single(document.Events, e => document.TextOf(e.Trigger) == "met"
            && (document.Entities[e.Source.Entity].Name, document.Entities[e.Target.Entity].Name) == ("Mirela Vasquez", "Tobias Lindqvist"));
        Assert.Equal(("040", null, null), (meeting.Code, meeting.Source.Code, meeting.Target.Code));
        Assert.Equal("Geneva", document.Entities[meeting.Place].Name);
    }

    [Fact]
    public void AnUncodedWordThatIsNoPersonIsNoActor()
    {
        var document = NewsgraphPipelines.Default.Process("The committee met the Harwick Foundation in Geneva.", "t", Published);
        Assert.Empty(document.Events);
    }

    private static void AssertCoded(string sentence, DateOnly date, string expected)
    {
        var document = NewsgraphPipelines.Default.Process(sentence, "t", date);
        var coded = document.Events.Select(e => $"{e.Source.Code}>{e.Target.Code}:{e.Code}").ToHashSet(StringComparer.Ordinal);
        foreach (var item in expected.Split(' '))
        {
            if (item.StartsWith('!')) Assert.False(coded.Contains(item[1..]), $"{sentence}: {item[1..]} coded; all: {string.Join(' ', coded)}");
            else Assert.True(coded.Contains(item), $"{sentence}: {item} missing; coded: {string.Join(' ', coded)}");
        }
    }
}
