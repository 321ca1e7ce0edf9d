using System.Globalization;

namespace Logtrail.Domain.Common;

/// <summary>RFC 3339 instants: the only timestamp form the API reads and writes.</summary>
public static class Rfc3339
{
    /// <summary>How the API writes instants: UTC, exactly six fractional digits, <c>Z</c> (SPEC §4).</summary>
    public const string MicrosecondFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    /// <summary>Accepts RFC 3339 only: a full date, <c>T</c>, a time, and an explicit offset or <c>Z</c>.</summary>
    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (text is null || text.Length < 20 || text[10] is not ('T' or 't'))
        {
            return false;
        }

        var hasZone = text[^1] is 'Z' or 'z' || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        return hasZone && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out instant);
    }

    /// <summary>The instant, or null for an absent or malformed text (one a validator has already reported).</summary>
    public static DateTimeOffset? ParseOrNull(string? text) => TryParse(text, out var instant) ? instant : null;

    /// <summary>
    /// An instant in a query parameter: RFC 3339, or its date and time without an offset, read as UTC (generated
    /// clients write <c>2026-11-30T16:18:43</c>).
    /// </summary>
    public static bool TryParseQueryValue(string? text, out DateTimeOffset instant)
    {
        if (TryParse(text, out instant))
        {
            return true;
        }

        var hasZone = text is not null && text.Length > 6 && (text[^1] is 'Z' or 'z' || text[^6] is '+' or '-');
        return text is not null && text.Length >= 19 && text[10] is 'T' or 't' && !hasZone
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out instant);
    }

    /// <summary>The query parameter's instant, or null for an absent or malformed text (one a validator has already reported).</summary>
    public static DateTimeOffset? ParseQueryValueOrNull(string? text) => TryParseQueryValue(text, out var instant) ? instant : null;

    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(MicrosecondFormat, CultureInfo.InvariantCulture);
}
