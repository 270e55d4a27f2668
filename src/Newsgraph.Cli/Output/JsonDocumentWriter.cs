using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Newsgraph.Core;
using Newsgraph.Core.Events;
using Newsgraph.Core.Mentions;
using Newsgraph.Core.Quotes;
using Newsgraph.Core.Time;
using Newsgraph.Cli.Input;

namespace Newsgraph.Cli.Output;

/// <summary>
/// Writes a document's entities, quotes and timexes as JSON, field by field (no reflection, stable field order).
/// Every "text" field is the original text of its [start, end) span, so a reader can check offsets.
/// </summary>
internal static class JsonDocumentWriter
{
    private static readonly JsonWriterOptions IndentedOptions = CreateOptions(indented: true);
    private static readonly JsonWriterOptions CompactOptions = CreateOptions(indented: false);

    /// <summary>
    /// The document as UTF-8 JSON (no byte-order mark): indented for one document, on one line for JSON Lines. Bytes,
    /// not a string, so file output is written as the JSON writer made it, without decoding and encoding it again.
    /// </summary>
    public static byte[] ToUtf8Json(Document document, bool indented)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, indented ? IndentedOptions : CompactOptions))
        {
            Write(writer, document);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void Write(Utf8JsonWriter writer, Document document)
    {
        writer.WriteStartObject();
        writer.WriteString("id", document.Id);
        if (document.Published is { } published)
            writer.WriteString("published", published.ToString(PublicationDates.DateFormat, CultureInfo.InvariantCulture));
        else
            writer.WriteNull("published");

        WriteEntities(writer, document);
        WriteQuotes(writer, document);
        WriteTimexes(writer, document);
        WriteEvents(writer, document);
        writer.WriteEndObject();
    }

    public static string EntityId(int entityIndex) => "E" + (entityIndex + 1).ToString(CultureInfo.InvariantCulture);

    // Each label is spelled out rather than derived from the enum member's name, so renaming a member cannot change
    // the output format; a member without a label throws instead of writing something undocumented.

    public static string TypeLabel(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Organization => "ORG",
        EntityType.Place => "PLACE",
        EntityType.Norp => "NORP",
        EntityType.Other => "OTHER",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Entity type without a JSON label."),
    };

    public static string GenderLabel(Gender gender) => gender switch
    {
        Gender.Unknown => "unknown",
        Gender.Male => "male",
        Gender.Female => "female",
        Gender.Neuter => "neuter",
        _ => throw new ArgumentOutOfRangeException(nameof(gender), gender, "Gender without a JSON label."),
    };

    public static string KindLabel(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Mixed => "mixed",
        QuoteKind.Indirect => "indirect",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Quote kind without a JSON label."),
    };

    public static string RuleLabel(AttributionRule rule) => rule switch
    {
        AttributionRule.AdjacentCue => "adjacent-cue",
        AttributionRule.IntroducingSentence => "introducing-sentence",
        AttributionRule.ParagraphSpeaker => "paragraph-speaker",
        AttributionRule.NearestMention => "nearest-mention",
        AttributionRule.SpeakerLabel => "speaker-label",
        AttributionRule.None => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Attribution rule without a JSON label."),
    };

    public static string TimexTypeLabel(TimexType type) => type switch
    {
        TimexType.Date => "date",
        TimexType.Time => "time",
        TimexType.Duration => "duration",
        TimexType.Set => "set",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Timex type without a JSON label."),
    };

    private static void WriteEntities(Utf8JsonWriter writer, Document document)
    {
        writer.WriteStartArray("entities");
        for (var i = 0; i < document.Entities.Count; i++)
        {
            var entity = document.Entities[i];
            writer.WriteStartObject();
            writer.WriteString("id", EntityId(i));
            writer.WriteString("type", TypeLabel(entity.Type));
            writer.WriteString("name", entity.Name);
            writer.WriteString("gender", GenderLabel(entity.Gender));
            writer.WriteStartArray("titles");
            foreach (var title in entity.Titles) writer.WriteStringValue(title);
            writer.WriteEndArray();
            writer.WriteStartArray("mentions");
            foreach (var mentionIndex in entity.Mentions) WriteSpan(writer, document, document.Mentions[mentionIndex].Span);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteQuotes(Utf8JsonWriter writer, Document document)
    {
        writer.WriteStartArray("quotes");
        for (var i = 0; i < document.Quotes.Count; i++)
        {
            var quote = document.Quotes[i];
            writer.WriteStartObject();
            writer.WriteString("id", "Q" + (i + 1).ToString(CultureInfo.InvariantCulture));
            writer.WriteString("kind", KindLabel(quote.Kind));
            WriteSpanFields(writer, document, quote.Content);
            writer.WriteStartArray("parts");
            foreach (var part in quote.Parts)
            {
                writer.WriteStartObject();
                WriteSpanFields(writer, document, part);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            WriteOptionalSpan(writer, document, "cue", quote.Cue);
            WriteOptionalSpan(writer, document, "source", quote.Source);
            if (quote.Speaker >= 0) writer.WriteString("speaker", EntityId(quote.Speaker));
            else writer.WriteNull("speaker");
            writer.WriteStartArray("speakers");
            foreach (var speaker in quote.Speakers) writer.WriteStringValue(EntityId(speaker));
            writer.WriteEndArray();
            writer.WriteString("rule", RuleLabel(quote.Rule));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteTimexes(Utf8JsonWriter writer, Document document)
    {
        writer.WriteStartArray("timexes");
        foreach (var timex in document.Timexes)
        {
            writer.WriteStartObject();
            WriteSpanFields(writer, document, timex.Span);
            writer.WriteString("value", timex.Value);
            writer.WriteString("type", TimexTypeLabel(timex.Type));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public static string ModalityLabel(EventModality modality) => modality switch
    {
        EventModality.Asserted => "asserted",
        EventModality.Expected => "expected",
        _ => throw new ArgumentOutOfRangeException(nameof(modality), modality, "Event modality without a JSON label."),
    };

    /// <summary>Events (when the pipeline coded them): the issue's fields first, then the actors' codes, modality and issues.</summary>
    private static void WriteEvents(Utf8JsonWriter writer, Document document)
    {
        if ((document.Annotated & Layers.Events) == 0) return;
        writer.WriteStartArray("events");
        for (var i = 0; i < document.Events.Count; i++)
        {
            var item = document.Events[i];
            writer.WriteStartObject();
            writer.WriteString("id", "V" + (i + 1).ToString(CultureInfo.InvariantCulture));
            writer.WriteString("code", item.Code);
            writer.WriteString("label", CameoLabels.Of(item.Code));
            writer.WritePropertyName("trigger");
            WriteSpan(writer, document, item.Trigger);
            WriteActor(writer, "source", item.Source);
            WriteActor(writer, "target", item.Target);
            if (item.Place >= 0) writer.WriteString("place", EntityId(item.Place));
            else writer.WriteNull("place");
            if (item.Date is { } date) writer.WriteString("date", date.ToString(PublicationDates.DateFormat, CultureInfo.InvariantCulture));
            else writer.WriteNull("date");
            writer.WritePropertyName("sentence");
            WriteSpan(writer, document, document.Sentences[item.Sentence].Span);
            writer.WriteString("sourceCode", item.Source.Code);
            writer.WriteString("targetCode", item.Target.Code);
            writer.WriteString("modality", ModalityLabel(item.Modality));
            writer.WriteStartArray("issues");
            foreach (var issue in item.Issues) writer.WriteStringValue(issue);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteActor(Utf8JsonWriter writer, string name, EventActor actor) =>
        writer.WriteString(name, actor.Entity >= 0 ? EntityId(actor.Entity) : actor.Code);

    private static void WriteOptionalSpan(Utf8JsonWriter writer, Document document, string name, TextSpan? span)
    {
        writer.WritePropertyName(name);
        if (span is { } value) WriteSpan(writer, document, value);
        else writer.WriteNullValue();
    }

    private static void WriteSpan(Utf8JsonWriter writer, Document document, TextSpan span)
    {
        writer.WriteStartObject();
        WriteSpanFields(writer, document, span);
        writer.WriteEndObject();
    }

    private static void WriteSpanFields(Utf8JsonWriter writer, Document document, TextSpan span)
    {
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
        writer.WriteString("text", span.CharsOf(document.Text));
    }

    private static JsonWriterOptions CreateOptions(bool indented) => new()
    {
        Indented = indented,
        // Keeps curly quotes, accents and other non-ASCII text readable instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // The same bytes on every platform.
        NewLine = "\n",
    };
}
