using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Newsgraph.Core;

namespace Newsgraph.Web;

/// <summary>
/// The API's JSON: camelCase names, enums as camelCase names, dates as YYYY-MM-DD and spans as
/// <c>{"start","end"}</c> (UTF-16 offsets into the article text, end exclusive), as the command line's <c>--json</c>.
/// </summary>
internal static class WebJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new TextSpanConverter());
    }

    /// <summary>Describes <see cref="TextSpan"/> in the OpenAPI document as it is written: an object of start and end.</summary>
    public static Task DescribeSpans(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type != typeof(TextSpan)) return Task.CompletedTask;
        schema.Type = JsonSchemaType.Object;
        schema.Description = "UTF-16 offsets into the article text, end exclusive.";
        schema.Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["start"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            ["end"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
        };
        schema.Required = new HashSet<string> { "start", "end" };
        return Task.CompletedTask;
    }

    private sealed class TextSpanConverter : JsonConverter<TextSpan>
    {
        public override TextSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var node = JsonNode.Parse(ref reader) ?? throw new JsonException("A span is an object of start and end.");
            return new TextSpan((int)node["start"]!, (int)node["end"]!);
        }

        public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", value.Start);
            writer.WriteNumber("end", value.End);
            writer.WriteEndObject();
        }
    }
}
