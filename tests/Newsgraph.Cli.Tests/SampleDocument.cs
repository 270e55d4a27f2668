using Newsgraph.Core;
using Newsgraph.Core.Mentions;
using Newsgraph.Core.Quotes;
using Newsgraph.Core.Time;

namespace Newsgraph.Cli.Tests;

/// <summary>A document whose layers are set by hand, so output code is tested independently of the pipeline.</summary>
internal static class SampleDocument
{
    public const string Text = "Foreign Minister Ana Torres said: “We won’t leave Velmora.”\n\nShe spoke on Tuesday. Talks would go on, the ministry said.";

    public static TextSpan Find(string fragment, int occurrence = 0)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++) start = Text.IndexOf(fragment, start + 1, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{fragment}' is not in the sample text.");
        return new TextSpan(start, start + fragment.Length);
    }

    public static Document Create()
    {
        var document = new Document(Text, "sample", new DateOnly(2026, 3, 4));
        document.SetMentions(
        [
            new Mention(Find("Ana Torres"), MentionKind.Name, EntityType.Person, 0, Gender.Female, GrammaticalNumber.Singular, Find("Foreign Minister")),
            new Mention(Find("She"), MentionKind.Pronoun, EntityType.Person, 1, Gender.Female, GrammaticalNumber.Singular, null),
            new Mention(Find("Velmora"), MentionKind.Name, EntityType.Place, 0, Gender.Neuter, GrammaticalNumber.Singular, null),
        ]);
        document.SetEntities(
        [
            new Entity(0, EntityType.Person, "Ana Torres", Gender.Female, ["Foreign Minister"], [0, 1]),
            new Entity(1, EntityType.Place, "Velmora", Gender.Neuter, [], [2]),
        ]);
        document.SetQuotes(
        [
            new Quote(QuoteKind.Direct, Find("We won’t leave Velmora."), Find("said"), Find("Ana Torres"), 0, AttributionRule.IntroducingSentence),
            new Quote(QuoteKind.Indirect, Find("Talks would go on"), Find("said", 1), null, -1, AttributionRule.None),
            new Quote(QuoteKind.Mixed, Find("the ministry"), null, null, -1, AttributionRule.AdjacentCue),
        ]);
        document.SetTimexes([new Timex(Find("Tuesday"), TimexType.Date, "2026-03-03")]);
        return document;
    }
}
