using System.Text.Json;
using System.Text.Json.Serialization;
using Logtrail.Domain.Common;

namespace Logtrail.Api.Serialization;

/// <summary>
/// Writes instants as RFC 3339 UTC with exactly six fractional digits and <c>Z</c> (SPEC §4), so strings sort
/// like instants and cursors round-trip; reads any RFC 3339 instant with an offset.
/// </summary>
public sealed class Rfc3339MicrosecondConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Rfc3339.TryParse(reader.GetString(), out var instant)
            ? instant
            : throw new JsonException("Expected an RFC 3339 timestamp with a time zone, e.g. 2026-11-23T10:00:00Z.");

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        Span<byte> text = stackalloc byte[Rfc3339.FormattedLength];
        Rfc3339.FormatUtf8(value, text);
        writer.WriteStringValue(text);
    }
}
