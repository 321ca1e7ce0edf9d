using System.Text.Json;
using System.Text.Json.Serialization;
using Logtrail.Application.Logs;

namespace Logtrail.Api.Serialization;

/// <summary>Writes stored JSON (already validated when it was ingested) into a response as JSON, without re-parsing it.</summary>
public sealed class RawJsonConverter : JsonConverter<RawJson>
{
    public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return new RawJson(document.RootElement.GetRawText());
    }

    public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Text, skipInputValidation: true);
}
