using Newsgraph.Core.Events;

namespace Newsgraph.Core.Tests.Events;

/// <summary>
/// The events of the sample article in ../shared/samples (read at test time, never copied here): who met, visited,
/// appealed to, rejected or sanctioned whom, with actor codes resolved through the article's people and titles.
/// </summary>
public sealed class SampleArticleEventTests
{
    private static readonly DateOnly Published = new(2014, 7, 23);

    private static Document Process()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Newsgraph.slnx"))) continue;
            var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "samples", "000_5378ae70880b3754.txt"));
            if (File.Exists(path)) return NewsgraphPipelines.Default.Process(File.ReadAllText(path), "sample", Published);
            break;
        }

        Assert.Skip("../shared/samples is not present");
        return null!;
    }

    private static string? Who(Document document, EventActor actor) => actor.Entity >= 0 ? document.Entities[actor.Entity].Name : actor.Code;

    private static Event Find(Document document, string source, string target, string codePrefix, string trigger) =>
        Assert.Single(document.Events, e => Who(document, e.Source) == source && Who(document, e.Target) == target
            && e.Code.StartsWith(codePrefix, StringComparison.Ordinal) && document.TextOf(e.Trigger) == trigger);

    private static string? PlaceName(Document document, Event item) => item.Place >= 0 ? document.Entities[item.Place].Name : null;

    [Fact]
    public void KerryAndBanMetInJerusalem()
    {
        var document = Process();
        var meeting = Find(document, "John Kerry", "Ban Ki-moon", "04", "spoke");
        Assert.Equal(("USAGOV", "IGOUNO"), (meeting.Source.Code, meeting.Target.Code));
        Assert.Equal("Jerusalem", PlaceName(document, meeting));
        Assert.Equal(Published, meeting.Date);
        Find(document, "Ban Ki-moon", "John Kerry", "04", "spoke");
    }

    [Fact]
    public void KerryMetAbbasInRamallahThenLeftForTelAvivToMeetNetanyahu()
    {
        var document = Process();
        var abbas = Find(document, "John Kerry", "Mahmoud Abbas", "040", "meeting with");
        Assert.Equal("PSEGOV", abbas.Target.Code);
        Assert.Equal("Ramallah", PlaceName(document, abbas));
        var netanyahu = Find(document, "John Kerry", "Benjamin Netanyahu", "040", "speak");
        Assert.Equal("ISRGOV", netanyahu.Target.Code);
        Assert.Equal("Tel Aviv", PlaceName(document, netanyahu));
        var trip = Find(document, "John Kerry", "Tel Aviv", "042", "left");
        Assert.Equal("ISR", trip.Target.Code);
    }

    [Fact]
    public void HammondIsExpectedForTalksWithAbbas()
    {
        var document = Process();
        var talks = Find(document, "Philip Hammond", "Mahmoud Abbas", "036", "talks");
        Assert.Equal(("GBRGOV", "PSEGOV"), (talks.Source.Code, talks.Target.Code));
        Assert.Equal(EventModality.Expected, talks.Modality);
        Assert.Equal(Published, talks.Date);
    }

    [Fact]
    public void BanHeldAPressConferenceWithJudehInAmman()
    {
        var document = Process();
        var conference = Find(document, "Ban Ki-moon", "Nasser Judeh", "040", "press conference");
        Assert.Equal(("IGOUNO", "JORGOV"), (conference.Source.Code, conference.Target.Code));
        Assert.Equal("Amman", PlaceName(document, conference));
    }

    [Fact]
    public void HamasRejectedEgyptsProposal()
    {
        var document = Process();
        var rejection = Find(document, "Hamas", "Egypt", "12", "rejected");
        Assert.Equal(("PSEREBHMS", "EGY"), (rejection.Source.Code, rejection.Target.Code));
    }

    [Fact]
    public void AirlinesSuspendedFlightsToIsrael()
    {
        var document = Process();
        var suspension = Find(document, "BUS", "Israel", "163", "suspended");
        Assert.Equal("ISR", suspension.Target.Code);
    }

    [Fact]
    public void BanAppealedToHamasAndIsrael()
    {
        var document = Process();
        Find(document, "Ban Ki-moon", "Hamas", "02", "call for");
        Find(document, "Ban Ki-moon", "Israel", "02", "call for");
        // What the appeal asks for ("to end the violence") has not happened.
        Assert.DoesNotContain(document.Events, e => document.TextOf(e.Trigger) == "end");
    }
}
