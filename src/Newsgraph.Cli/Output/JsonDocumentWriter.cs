using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Newsgraph.Core;
using Newsgraph.Core.Mentions;
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

    /// <summary>The document as JSON: indented for one document, on one line for JSON Lines.</summary>
    public static string ToJson(Document document, bool indented)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, indented ? IndentedOptions : CompactOptions))
        {
            Write(writer, document);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void Write(Utf8JsonWriter writer, Document document)
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
        writer.WriteEndObject();
    }

    public static string EntityId(int entityIndex) => "E" + (entityIndex + 1).ToString(CultureInfo.InvariantCulture);

    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Organization => "ORG",
        EntityType.Place => "PLACE",
        EntityType.Norp => "NORP",
        EntityType.Other => "OTHER",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown entity type."),
    };

    /// <summary>"AdjacentCue" → "adjacent-cue": enum names read as identifiers in JSON.</summary>
    public static string KebabCase(string pascalCase)
    {
        var result = new StringBuilder(pascalCase.Length + 4);
        for (var i = 0; i < pascalCase.Length; i++)
        {
            var c = pascalCase[i];
            if (char.IsUpper(c) && i > 0) result.Append('-');
            result.Append(char.ToLowerInvariant(c));
        }

        return result.ToString();
    }

    private static void WriteEntities(Utf8JsonWriter writer, Document document)
    {
        writer.WriteStartArray("entities");
        for (var i = 0; i < document.Entities.Count; i++)
        {
            var entity = document.Entities[i];
            writer.WriteStartObject();
            writer.WriteString("id", EntityId(i));
            writer.WriteString("type", TypeName(entity.Type));
            writer.WriteString("name", entity.Name);
            writer.WriteString("gender", entity.Gender.ToString().ToLowerInvariant());
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
            writer.WriteString("kind", quote.Kind.ToString().ToLowerInvariant());
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
            writer.WriteString("rule", KebabCase(quote.Rule.ToString()));
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
            writer.WriteString("type", timex.Type.ToString().ToLowerInvariant());
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

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
