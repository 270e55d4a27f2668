using Newsgraph.Core.Mentions;
using Newsgraph.Core.Quotes;

namespace Newsgraph.Core.Tests.EndToEnd;

/// <summary>
/// The whole default pipeline over the sample article in ../shared/samples (read at test time, never copied here).
/// Quotes are located by short distinctive substrings, so the assertions do not depend on exact offsets.
/// </summary>
public sealed class SampleArticleTests
{
    private const string SampleFile = "000_5378ae70880b3754.txt";

    private static readonly DateOnly Published = new(2014, 7, 23);

    private static readonly (string Name, string Title)[] People =
    [
        ("John Kerry", "US Secretary of State"),
        ("Ban Ki-moon", "UN Secretary General"),
        ("Mahmoud Abbas", "Palestinian president"),
        ("Benjamin Netanyahu", "Israel’s Prime Minister"),
        ("Philip Hammond", "UK Foreign Secretary"),
        ("Nasser Judeh", "Jordan’s Foreign Minister"),
    ];

    private static string? FindSample()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Newsgraph.slnx"))) continue;
            var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "samples", SampleFile));
            return File.Exists(path) ? path : null;
        }

        return null;
    }

    private static string ReadSample()
    {
        var path = FindSample();
        if (path is null) Assert.Skip("../shared/samples is not present");
        return File.ReadAllText(path);
    }

    private static Document Process(string text) => NewsgraphPipelines.Default.Process(text, "sample", Published);

    private static string SpeakerName(Document document, Quote quote)
    {
        Assert.True(quote.Speaker >= 0, $"No speaker for: {document.TextOf(quote.Content)}");
        return document.Entities[quote.Speaker].Name;
    }

    private static Quote DirectQuoteContaining(Document document, string fragment) =>
        Assert.Single(document.Quotes, q => q.Kind == QuoteKind.Direct && document.TextOf(q.Content).Contains(fragment, StringComparison.Ordinal));

    [Fact]
    public void FindsExactlyTheFiveDirectQuotes()
    {
        var document = Process(ReadSample());
        Assert.Equal(5, document.Quotes.Count(q => q.Kind == QuoteKind.Direct));
        Assert.All(document.Quotes.Where(q => q.Kind == QuoteKind.Direct), q =>
        {
            var content = document.TextOf(q.Content);
            Assert.StartsWith("“", content, StringComparison.Ordinal);
            Assert.EndsWith("”", content, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("still work to be done", "John Kerry", "said", "Kerry")]
    [InlineData("joining our forces", "Ban Ki-moon", "said", "Ban")]
    [InlineData("last 24 hours", "John Kerry", "saying", null)]
    [InlineData("I am standing here", "Ban Ki-moon", "said", "he")]
    [InlineData("Egyptian government has provided", "Ban Ki-moon", "said", "he")]
    public void AttributesEachDirectQuote(string fragment, string speaker, string cue, string? source)
    {
        var document = Process(ReadSample());
        var quote = DirectQuoteContaining(document, fragment);
        Assert.Equal(speaker, SpeakerName(document, quote));
        Assert.NotNull(quote.Cue);
        Assert.Equal(cue, document.TextOf(quote.Cue.Value));
        if (source is not null)
        {
            Assert.NotNull(quote.Source);
            Assert.Equal(source, document.TextOf(quote.Source.Value));
        }
    }

    [Fact]
    public void TheMultiSentenceQuoteIsOneQuoteNotSeveral()
    {
        var document = Process(ReadSample());
        var quote = DirectQuoteContaining(document, "I am standing here");
        var content = document.TextOf(quote.Content);
        Assert.Contains("sustainable solutions", content, StringComparison.Ordinal);
        Assert.DoesNotContain(document.Quotes, q => q != quote && q.Content.Overlaps(quote.Content));
    }

    [Fact]
    public void TheUnChiefReiteratingIsBanKiMoon()
    {
        var document = Process(ReadSample());
        var quote = Assert.Single(document.Quotes, q => q.Source is { } s && document.TextOf(s) == "The UN chief");
        Assert.NotEqual(QuoteKind.Direct, quote.Kind);
        Assert.NotNull(quote.Cue);
        Assert.Equal("reiterated", document.TextOf(quote.Cue.Value));
        Assert.Equal("Ban Ki-moon", SpeakerName(document, quote));
    }

    [Theory]
    [InlineData("warned", "Ban Ki-moon")]
    [InlineData("added", "Ban Ki-moon")]
    public void PronounSubjectOfAReportingVerbIsBanKiMoon(string cue, string speaker)
    {
        var document = Process(ReadSample());
        var quote = Assert.Single(document.Quotes, q => q.Cue is { } c && document.TextOf(c) == cue);
        Assert.NotEqual(QuoteKind.Direct, quote.Kind);
        Assert.StartsWith("that ", document.TextOf(quote.Content), StringComparison.Ordinal);
        Assert.NotNull(quote.Source);
        Assert.Equal("He", document.TextOf(quote.Source.Value));
        Assert.Equal(speaker, SpeakerName(document, quote));
    }

    [Fact]
    public void TheAddedQuoteIsMixedBecauseItQuotesTwoWords()
    {
        var document = Process(ReadSample());
        var quote = Assert.Single(document.Quotes, q => q.Cue is { } c && document.TextOf(c) == "added");
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.EndsWith("”", document.TextOf(quote.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void TheTwoWhoSpokeAreBothSpeakers()
    {
        var document = Process(ReadSample());
        var quote = Assert.Single(document.Quotes, q => q.Source is { } source && document.TextOf(source) == "The two");
        Assert.Equal(-1, quote.Speaker);
        Assert.Equal(["Ban Ki-moon", "John Kerry"], quote.Speakers.Select(s => document.Entities[s].Name));
    }

    [Fact]
    public void TheLeadSentenceIsKerrySayingThat()
    {
        var text = ReadSample();
        var document = Process(text);
        var lead = document.Sentences[0];
        var quote = Assert.Single(document.Quotes, q => lead.Span.Contains(q.Content));
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal(text.IndexOf("that global", StringComparison.Ordinal), quote.Content.Start);
        Assert.NotEqual('.', text[quote.Content.End - 1]);
        Assert.NotNull(quote.Cue);
        Assert.Equal("said", document.TextOf(quote.Cue.Value));
        Assert.Equal("John Kerry", SpeakerName(document, quote));
    }

    [Fact]
    public void EveryPersonIsOneEntityWithItsCanonicalNameAndTitle()
    {
        var document = Process(ReadSample());
        foreach (var (name, title) in People)
        {
            var entity = Assert.Single(document.Entities, e => e.Name == name);
            Assert.Equal(EntityType.Person, entity.Type);
            Assert.Contains(title, entity.Titles);
        }
    }

    [Fact]
    public void SurnamesAreMergedIntoTheFullNames()
    {
        var document = Process(ReadSample());
        var fullNames = People.Select(p => p.Name.Split(' ')).ToArray();
        foreach (var entity in document.Entities.Where(e => e.Type == EntityType.Person))
        {
            if (People.Any(p => p.Name == entity.Name)) continue;
            var words = entity.Name.Split(' ');
            Assert.False(fullNames.Any(full => words.All(full.Contains)), $"Person entity '{entity.Name}' is part of a full name but was not merged into it.");
        }

        Assert.Equal(3, document.Entities.Single(e => e.Name == "John Kerry").Mentions.Count(m => document.Mentions[m].Kind == MentionKind.Name));
        Assert.Equal(3, document.Entities.Single(e => e.Name == "Ban Ki-moon").Mentions.Count(m => document.Mentions[m].Kind == MentionKind.Name));
    }

    [Theory]
    [InlineData("Gaza", EntityType.Place)]
    [InlineData("Israel", EntityType.Place)]
    [InlineData("Jerusalem", EntityType.Place)]
    [InlineData("Ramallah", EntityType.Place)]
    [InlineData("Tel Aviv", EntityType.Place)]
    [InlineData("Amman", EntityType.Place)]
    [InlineData("Hamas", EntityType.Organization)]
    public void FindsPlacesAndOrganisations(string name, EntityType type)
    {
        var document = Process(ReadSample());
        var entity = Assert.Single(document.Entities, e => e.Name == name);
        Assert.Equal(type, entity.Type);
    }

    [Fact]
    public void WednesdayIsThePublicationDay()
    {
        var document = Process(ReadSample());
        var wednesdays = document.Timexes.Where(t => document.TextOf(t.Span) == "Wednesday").ToList();
        Assert.NotEmpty(wednesdays);
        Assert.All(wednesdays, t => Assert.Equal("2014-07-23", t.Value));
    }

    [Fact]
    public void EverySpanLiesInsideTheTextAndIsTrimmed()
    {
        var text = ReadSample();
        var document = Process(text);
        var spans = new List<(string Layer, TextSpan Span)>();
        spans.AddRange(document.Mentions.Select(m => ("mention", m.Span)));
        spans.AddRange(document.Mentions.Where(m => m.Title is not null).Select(m => ("title", m.Title!.Value)));
        spans.AddRange(document.Quotes.Select(q => ("content", q.Content)));
        spans.AddRange(document.Quotes.Where(q => q.Cue is not null).Select(q => ("cue", q.Cue!.Value)));
        spans.AddRange(document.Quotes.Where(q => q.Source is not null).Select(q => ("source", q.Source!.Value)));
        spans.AddRange(document.Timexes.Select(t => ("timex", t.Span)));
        spans.AddRange(document.Quotations.Select(q => ("quotation", q.Span)));
        Assert.All(spans, s =>
        {
            Assert.InRange(s.Span.Start, 0, text.Length - 1);
            Assert.InRange(s.Span.End, s.Span.Start + 1, text.Length);
            var chars = text[s.Span.Start..s.Span.End];
            Assert.Equal(chars, document.TextOf(s.Span));
            Assert.False(char.IsWhiteSpace(chars[0]) || char.IsWhiteSpace(chars[^1]), $"{s.Layer} span '{chars}' is not trimmed");
        });

        // Every canonical name and title is text that occurs in the article.
        Assert.All(document.Entities, e => Assert.Contains(e.Name, text, StringComparison.Ordinal));
        Assert.All(document.Entities.SelectMany(e => e.Titles), t => Assert.Contains(t, text, StringComparison.Ordinal));
    }

    [Fact]
    public void TwoRunsGiveIdenticalResults()
    {
        var text = ReadSample();
        var first = Process(text);
        var second = Process(text);
        Assert.Equal(first.Quotes, second.Quotes);
        Assert.Equal(first.Mentions, second.Mentions);
        Assert.Equal(Describe(first), Describe(second));
        Assert.Equal(first.Timexes, second.Timexes);

        static string[] Describe(Document document) =>
            [.. document.Entities.Select(e => $"{e.Id}|{e.Type}|{e.Name}|{e.Gender}|{string.Join(";", e.Titles)}|{string.Join(",", e.Mentions)}")];
    }
}
