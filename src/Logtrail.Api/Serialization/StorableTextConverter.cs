using System.Text.Json;
using System.Text.Json.Serialization;
using Logtrail.Domain.Common;

namespace Logtrail.Api.Serialization;

/// <summary>
/// Every string a request body binds to: refuses text PostgreSQL cannot hold — a NUL character, or a lone UTF-16
/// surrogate escape (<c>"\ud800"</c>) — as <see cref="UnstorableTextException"/>, which the model-state mapping
/// answers as 400 naming the field. One place for every admin and query body; ingest bodies are read by their own
/// parser with the same rule.
/// </summary>
public sealed class StorableTextConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string, found {reader.TokenType}.");
        }

        string text;
        try
        {
            text = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new UnstorableTextException(StorableText.LoneSurrogateMessage);
        }

        return StorableText.Problem(text) is { } problem ? throw new UnstorableTextException(problem) : text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
