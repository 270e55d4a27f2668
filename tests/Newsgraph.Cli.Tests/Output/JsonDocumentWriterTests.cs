using System.Text;
using System.Text.Json;
using Newsgraph.Cli.Output;
using Newsgraph.Core.Mentions;
using Newsgraph.Core.Quotes;
using Newsgraph.Core.Time;

namespace Newsgraph.Cli.Tests.Output;

public sealed class JsonDocumentWriterTests
{
    private static string Json(Newsgraph.Core.Document document, bool indented) =>
        Encoding.UTF8.GetString(JsonDocumentWriter.ToUtf8Json(document, indented));

    private static JsonElement Root() => JsonDocument.Parse(Json(SampleDocument.Create(), indented: true)).RootElement;

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(property => property.Name)];

    [Fact]
    public void WritesTheDocumentFieldsInContractOrder()
    {
        var root = Root();
        Assert.Equal(["id", "published", "entities", "quotes", "timexes"], Names(root));
        Assert.Equal("sample", root.GetProperty("id").GetString());
        Assert.Equal("2026-03-04", root.GetProperty("published").GetString());
    }

    [Fact]
    public void WritesEntitiesWithIdsTypesTitlesAndMentions()
    {
        var entities = Root().GetProperty("entities");
        Assert.Equal(2, entities.GetArrayLength());
        var person = entities[0];
        Assert.Equal(["id", "type", "name", "gender", "titles", "mentions"], Names(person));
        Assert.Equal("E1", person.GetProperty("id").GetString());
        Assert.Equal("PERSON", person.GetProperty("type").GetString());
        Assert.Equal("female", person.GetProperty("gender").GetString());
        Assert.Equal(["Foreign Minister"], person.GetProperty("titles").EnumerateArray().Select(title => title.GetString()));
        Assert.Equal(["Ana Torres", "She"], person.GetProperty("mentions").EnumerateArray().Select(mention => mention.GetProperty("text").GetString()));
        Assert.Equal("PLACE", entities[1].GetProperty("type").GetString());
        Assert.Equal("E2", entities[1].GetProperty("id").GetString());
    }

    [Fact]
    public void WritesQuotesWithSpeakerIdsKindsAndRules()
    {
        var quotes = Root().GetProperty("quotes");
        var direct = quotes[0];
        Assert.Equal(["id", "kind", "start", "end", "text", "parts", "cue", "source", "speaker", "speakers", "rule"], Names(direct));
        Assert.Equal("Q1", direct.GetProperty("id").GetString());
        Assert.Equal("direct", direct.GetProperty("kind").GetString());
        Assert.Equal("said", direct.GetProperty("cue").GetProperty("text").GetString());
        Assert.Equal("Ana Torres", direct.GetProperty("source").GetProperty("text").GetString());
        Assert.Equal("E1", direct.GetProperty("speaker").GetString());
        Assert.Equal("introducing-sentence", direct.GetProperty("rule").GetString());

        var indirect = quotes[1];
        Assert.Equal("indirect", indirect.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, indirect.GetProperty("source").ValueKind);
        Assert.Equal(JsonValueKind.Null, indirect.GetProperty("speaker").ValueKind);
        Assert.Equal("none", indirect.GetProperty("rule").GetString());

        var mixed = quotes[2];
        Assert.Equal("mixed", mixed.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, mixed.GetProperty("cue").ValueKind);
        Assert.Equal("adjacent-cue", mixed.GetProperty("rule").GetString());
    }

    [Fact]
    public void WritesTimexesWithValueAndLowercaseType()
    {
        var timex = Assert.Single(Root().GetProperty("timexes").EnumerateArray());
        Assert.Equal(["start", "end", "text", "value", "type"], Names(timex));
        Assert.Equal("Tuesday", timex.GetProperty("text").GetString());
        Assert.Equal("2026-03-03", timex.GetProperty("value").GetString());
        Assert.Equal("date", timex.GetProperty("type").GetString());
    }

    [Fact]
    public void EveryTextFieldIsTheOriginalTextOfItsSpan()
    {
        var spans = 0;
        Visit(Root());
        // Every span in the sample: mentions, quote contents with their one part each, cues, sources, timexes.
        Assert.Equal(13, spans);

        void Visit(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray()) Visit(item);
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                if (element.TryGetProperty("text", out var text))
                {
                    var start = element.GetProperty("start").GetInt32();
                    var end = element.GetProperty("end").GetInt32();
                    Assert.Equal(SampleDocument.Text[start..end], text.GetString());
                    spans++;
                }

                foreach (var property in element.EnumerateObject()) Visit(property.Value);
            }
        }
    }

    [Fact]
    public void KeepsCurlyQuotesReadable()
    {
        var json = Json(SampleDocument.Create(), indented: false);
        Assert.Contains("won’t leave", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', json);
    }

    [Fact]
    public void WritesNullWhenThePublicationDateIsUnknown()
    {
        var document = new Newsgraph.Core.Document("Nothing happened.", "undated");
        document.SetMentions([]);
        document.SetEntities([]);
        document.SetQuotes([]);
        document.SetTimexes([]);
        Assert.Equal("""{"id":"undated","published":null,"entities":[],"quotes":[],"timexes":[]}""", Json(document, indented: false));
    }

    [Fact]
    public void WritesUtf8WithoutAByteOrderMark()
    {
        var bytes = JsonDocumentWriter.ToUtf8Json(SampleDocument.Create(), indented: false);
        Assert.Equal((byte)'{', bytes[0]);

        // Strict decoding throws on any invalid byte sequence instead of substituting U+FFFD.
        var json = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        // Relaxed escaping: the quote's apostrophe (U+2019) is written as its three UTF-8 bytes, not as \u2019.
        Assert.Contains("won\u2019t leave Velmora", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u2019", json, StringComparison.Ordinal);
        Assert.True(bytes.AsSpan().IndexOf("won\u2019t"u8) >= 0, "the apostrophe is not written as raw UTF-8 bytes");
    }

    // Each enum's labels are exactly the README's set: a new member, or a renamed label, fails here instead of
    // silently changing the output format. Labels are compared in order of the members, so each keeps its label.

    [Fact]
    public void EveryEntityTypeHasItsDocumentedLabel() =>
        Assert.Equal(["PERSON", "ORG", "PLACE", "NORP", "OTHER"], Enum.GetValues<EntityType>().Select(JsonDocumentWriter.TypeLabel));

    [Fact]
    public void EveryGenderHasItsDocumentedLabel() =>
        Assert.Equal(["unknown", "male", "female", "neuter"], Enum.GetValues<Gender>().Select(JsonDocumentWriter.GenderLabel));

    [Fact]
    public void EveryQuoteKindHasItsDocumentedLabel() =>
        Assert.Equal(["direct", "mixed", "indirect"], Enum.GetValues<QuoteKind>().Select(JsonDocumentWriter.KindLabel));

    [Fact]
    public void EveryAttributionRuleHasItsDocumentedLabel() =>
        Assert.Equal(
            ["none", "adjacent-cue", "introducing-sentence", "paragraph-speaker", "nearest-mention", "speaker-label"],
            Enum.GetValues<AttributionRule>().Select(JsonDocumentWriter.RuleLabel));

    [Fact]
    public void EveryTimexTypeHasItsDocumentedLabel() =>
        Assert.Equal(["date", "time", "duration", "set"], Enum.GetValues<TimexType>().Select(JsonDocumentWriter.TimexTypeLabel));
}

/// <summary>The events array of a document coded by the default pipeline.</summary>
public sealed class JsonDocumentWriterEventTests
{
    private static JsonElement Root(string text) => JsonDocument.Parse(JsonDocumentWriter.ToUtf8Json(
        Newsgraph.Core.NewsgraphPipelines.Default.Process(text, "t", new DateOnly(2014, 7, 23)), indented: true)).RootElement;

    private static string? EntityId(JsonElement root, string name) =>
        root.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString() == name).GetProperty("id").GetString();

    [Fact]
    public void WritesEventsWithTheEntityIdsOfTheirActorsAndPlace()
    {
        var root = Root("Palestinian president Mahmoud Abbas met Jordan’s Foreign Minister Nasser Judeh in Amman on Monday.");
        Assert.Equal(["id", "published", "entities", "quotes", "timexes", "events"], root.EnumerateObject().Select(p => p.Name));
        var meeting = root.GetProperty("events").EnumerateArray().First(e => e.GetProperty("source").GetString() == EntityId(root, "Mahmoud Abbas"));
        Assert.Equal(
            ["id", "code", "label", "trigger", "source", "target", "place", "date", "sentence", "sourceCode", "targetCode", "modality", "issues"],
            meeting.EnumerateObject().Select(p => p.Name));
        Assert.Equal("040", meeting.GetProperty("code").GetString());
        Assert.Equal("Consult", meeting.GetProperty("label").GetString());
        Assert.Equal("met", meeting.GetProperty("trigger").GetProperty("text").GetString());
        Assert.Equal(EntityId(root, "Nasser Judeh"), meeting.GetProperty("target").GetString());
        Assert.Equal(EntityId(root, "Amman"), meeting.GetProperty("place").GetString());
        Assert.Equal("2014-07-21", meeting.GetProperty("date").GetString());
        Assert.Equal(("PSEGOV", "JORGOV"), (meeting.GetProperty("sourceCode").GetString(), meeting.GetProperty("targetCode").GetString()));
        Assert.Equal("asserted", meeting.GetProperty("modality").GetString());
    }

    [Fact]
    public void WritesAGroupFoundByTheDictionariesAsItsCode()
    {
        var root = Root("Airlines suspended flights to Israel.");
        var suspension = Assert.Single(root.GetProperty("events").EnumerateArray());
        Assert.Equal("BUS", suspension.GetProperty("source").GetString());
        Assert.Equal(EntityId(root, "Israel"), suspension.GetProperty("target").GetString());
        Assert.Equal(JsonValueKind.Null, suspension.GetProperty("place").ValueKind);
    }
}
