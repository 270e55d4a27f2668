using System.Text.Json;
using System.Text.Json.Serialization;
using Newsgraph.Core;

namespace Newsgraph.Cli.Output;

/// <summary>Query results as indented JSON: camelCase names, enums as names, dates as YYYY-MM-DD, spans as start and end.</summary>
internal static class StoreJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new TextSpanConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write<T>(TextWriter writer, T value)
    {
        // "\n" line ends on every platform, as extract writes.
        writer.Write(JsonSerializer.Serialize(value, Options).ReplaceLineEndings("\n"));
        writer.Write('\n');
    }

    private sealed class TextSpanConverter : JsonConverter<TextSpan>
    {
        public override TextSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Spans are only written.");

        public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", value.Start);
            writer.WriteNumber("end", value.End);
            writer.WriteEndObject();
        }
    }
}
