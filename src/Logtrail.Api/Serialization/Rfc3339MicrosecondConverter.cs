using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Logtrail.Api.Serialization;

/// <summary>
/// Writes instants as RFC 3339 UTC with exactly six fractional digits and <c>Z</c> (SPEC §4), so strings sort
/// like instants and cursors round-trip; reads any RFC 3339 instant with an offset.
/// </summary>
public sealed class Rfc3339MicrosecondConverter : JsonConverter<DateTimeOffset>
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        if (text is null || !TryParse(text, out var instant))
        {
            throw new JsonException("Expected an RFC 3339 timestamp with a time zone, e.g. 2026-11-23T10:00:00Z.");
        }

        return instant;
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture));

    /// <summary>Accepts RFC 3339 only: a date, a time, and an explicit offset or <c>Z</c>.</summary>
    public static bool TryParse(string text, out DateTimeOffset instant)
    {
        instant = default;
        var hasZone = text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        return hasZone
            && text.Length >= 20
            && text[10] is 'T' or 't'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out instant);
    }
}
