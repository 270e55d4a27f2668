using Newsgraph.Core.Mentions;

namespace Newsgraph.Core.Tests.Mentions;

public sealed class EntityResolverTests
{
    private static Document Process(string text) => NewsgraphPipelines.Default.Process(text, "t", new DateOnly(2014, 7, 23));

    private static int MentionIndex(Document document, string text, int occurrence = 0) =>
        document.Mentions.Select((m, i) => (m, i)).Where(x => document.TextOf(x.m.Span) == text).Skip(occurrence).First().i;

    private static string? EntityNameOf(Document document, string mention, int occurrence = 0)
    {
        var entity = document.EntityOf(MentionIndex(document, mention, occurrence));
        return entity < 0 ? null : document.Entities[entity].Name;
    }

    [Fact]
    public void SurnameJoinsTheFullName()
    {
        var document = Process("Ivo Brandt arrived in Velmora on Monday. Brandt met the mayor there.");
        var person = Assert.Single(document.Entities, e => e.Type == EntityType.Person);
        Assert.Equal("Ivo Brandt", person.Name);
        Assert.Equal("Ivo Brandt", EntityNameOf(document, "Brandt"));
        Assert.Equal(2, person.Mentions.Count);
    }

    [Fact]
    public void TheFullestNameIsCanonicalWhicheverComesFirst()
    {
        var document = Process("Lara Quist arrived on Monday. Defence Minister Lara Quist spoke in Velmora.");
        var person = Assert.Single(document.Entities, e => e.Type == EntityType.Person);
        Assert.Equal("Lara Quist", person.Name);
        Assert.Equal(["Defence Minister"], person.Titles);
    }

    [Fact]
    public void DifferentSurnamesStayApart()
    {
        var document = Process("Ivo Brandt met with Oskar Lind in Velmora on Monday. Lind said the border would stay open. Brandt agreed.");
        Assert.Equal("Oskar Lind", EntityNameOf(document, "Lind"));
        Assert.Equal("Ivo Brandt", EntityNameOf(document, "Brandt"));
        Assert.Equal(2, document.Entities.Count(e => e.Type == EntityType.Person));
    }

    [Fact]
    public void NominalJoinsThePersonWithThatTitle()
    {
        var document = Process("Ivo Brandt, the Norland foreign minister, arrived in Velmora on Tuesday. The foreign minister said the talks went well.");
        Assert.Equal("Ivo Brandt", EntityNameOf(document, "The foreign minister"));
        var person = Assert.Single(document.Entities, e => e.Type == EntityType.Person);
        Assert.Equal(["Norland foreign minister"], person.Titles);
    }

    [Fact]
    public void NominalPicksThePersonWhoseTitleItRepeats()
    {
        var document = Process("Mayor Oskar Lind met Defence Minister Lara Quist in Velmora. The mayor said the port would stay closed.");
        Assert.Equal("Oskar Lind", EntityNameOf(document, "The mayor"));
    }

    [Fact]
    public void NominalWithNoTitledPersonStaysUnlinked()
    {
        var document = Process("Ivo Brandt arrived in Velmora. The mayor said the port would stay closed.");
        Assert.Null(EntityNameOf(document, "The mayor"));
    }

    [Fact]
    public void GroupNominalStaysUnlinked()
    {
        var document = Process("Ivo Brandt and Lara Quist met. The two said that the port would stay closed.");
        Assert.Null(EntityNameOf(document, "The two"));
    }

    [Fact]
    public void HeIsTheSubjectOfThePreviousSentenceNotTheObjectAfterWith()
    {
        var document = Process("Ivo Brandt met with Oskar Lind in Velmora on Monday. He said the border would stay open.");
        Assert.Equal("Ivo Brandt", EntityNameOf(document, "He"));
        Assert.Equal(Gender.Male, document.Entities.Single(e => e.Name == "Ivo Brandt").Gender);
        Assert.Equal(Gender.Unknown, document.Entities.Single(e => e.Name == "Oskar Lind").Gender);
    }

    [Fact]
    public void PronounSkipsAPersonOfTheOtherGender()
    {
        var document = Process("Spokeswoman Lara Quist met Mayor Oskar Lind in Velmora. He said the port would stay closed.");
        Assert.Equal("Oskar Lind", EntityNameOf(document, "He"));
    }

    [Fact]
    public void SheIsTheNearestEarlierSubject()
    {
        var document = Process("Ivo Brandt visited Velmora. Lara Quist stayed home. She said the harbour had not reopened.");
        Assert.Equal("Lara Quist", EntityNameOf(document, "She"));
    }

    [Fact]
    public void PronounInsideAQuotationIsNotResolved()
    {
        var document = Process("Ivo Brandt spoke in Velmora. “He will never agree to the plan,” Brandt said of the mayor.");
        Assert.Null(EntityNameOf(document, "He"));
    }

    [Fact]
    public void PluralPronounIsNotResolvedToOnePerson()
    {
        var document = Process("Ivo Brandt met Lara Quist in Velmora. They said the port would stay closed.");
        Assert.Null(EntityNameOf(document, "They"));
    }

    [Fact]
    public void PlacesRepeatedAreOneEntity()
    {
        var document = Process("Ivo Brandt arrived in Velmora. He left in Velmora's rain and flew to Ostrand.");
        var places = document.Entities.Where(e => e.Type == EntityType.Place).Select(e => e.Name).ToList();
        Assert.Equal(places.Distinct(), places);
        Assert.Contains("Velmora", places);
    }

    [Fact]
    public void EveryMentionListedByAnEntityLinksBack()
    {
        var document = Process("Defence Minister Lara Quist met Ivo Brandt in Velmora. The minister said she was hopeful. Brandt agreed.");
        for (var e = 0; e < document.Entities.Count; e++)
        {
            Assert.Equal(e, document.Entities[e].Id);
            foreach (var m in document.Entities[e].Mentions) Assert.Equal(e, document.EntityOf(m));
        }
    }

    [Fact]
    public void NominalWithTheSameRoleJoinsAPersonWithALongerTitle()
    {
        var document = Process("Marcus Oyelaran, the special envoy of the Concord of Nations for the strait, met both delegations. The envoy also warned of delays.");
        Assert.Equal("Marcus Oyelaran", EntityNameOf(document, "The envoy"));
        Assert.Equal(["special envoy of the Concord of Nations for the strait"], document.Entities.Single(e => e.Name == "Marcus Oyelaran").Titles);
    }

    [Fact]
    public void ACapitalsOnlyDatelineIsNotTheCanonicalName()
    {
        var document = Process("PORT HALDEN — Ships left Port Halden on Monday.");
        Assert.Equal("Port Halden", Assert.Single(document.Entities).Name);
    }
}
