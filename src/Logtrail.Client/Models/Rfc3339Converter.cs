using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Logtrail.Client;

/// <summary>Writes instants as the service does: UTC, six fractional digits, <c>Z</c>.</summary>
internal sealed class Rfc3339Converter : JsonConverter<DateTimeOffset>
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public static string ToText(DateTimeOffset instant) => instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        WriteValue(writer, value.UtcDateTime);

    /// <summary>Writes <paramref name="utc"/> (a UTC instant) as <see cref="Format"/> does, without a format string to interpret.</summary>
    public static void WriteValue(Utf8JsonWriter writer, DateTime utc)
    {
        // The round-trip format of a UTC instant is yyyy-MM-ddTHH:mm:ss.fffffffZ: cutting the seventh fractional
        // digit (as "ffffff" does) and keeping the Z gives the service's form.
        Span<byte> text = stackalloc byte[28];
        if (!utc.TryFormat(text, out var written, "O", CultureInfo.InvariantCulture) || written != 28)
        {
            throw new ArgumentException($"Not a UTC instant: {utc:O}.", nameof(utc));
        }

        text[26] = (byte)'Z';
        writer.WriteStringValue(text[..27]);
    }
}
