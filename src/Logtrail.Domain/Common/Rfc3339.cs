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

    /// <summary>The length of <see cref="MicrosecondFormat"/>'s text: <c>2026-11-23T10:00:00.000000Z</c>.</summary>
    public const int FormattedLength = 27;

    public static string Format(DateTimeOffset instant)
    {
        Span<byte> utf8 = stackalloc byte[FormattedLength];
        FormatUtf8(instant, utf8);
        return System.Text.Encoding.ASCII.GetString(utf8);
    }

    /// <summary>
    /// Writes <see cref="MicrosecondFormat"/>'s text of the instant as ASCII into the first
    /// <see cref="FormattedLength"/> bytes of <paramref name="destination"/>: digit by digit, with no format string to
    /// parse and nothing allocated (exports write two instants per log).
    /// </summary>
    public static void FormatUtf8(DateTimeOffset instant, Span<byte> destination)
    {
        var utc = instant.UtcDateTime;
        var text = destination[..FormattedLength];
        Digits(text[..4], utc.Year);
        text[4] = (byte)'-';
        Digits(text.Slice(5, 2), utc.Month);
        text[7] = (byte)'-';
        Digits(text.Slice(8, 2), utc.Day);
        text[10] = (byte)'T';
        Digits(text.Slice(11, 2), utc.Hour);
        text[13] = (byte)':';
        Digits(text.Slice(14, 2), utc.Minute);
        text[16] = (byte)':';
        Digits(text.Slice(17, 2), utc.Second);
        text[19] = (byte)'.';
        Digits(text.Slice(20, 6), (int)(utc.Ticks % TimeSpan.TicksPerSecond / TimeSpan.TicksPerMicrosecond));
        text[26] = (byte)'Z';
    }

    /// <summary>The value's last <c>digits.Length</c> decimal digits, zero-padded.</summary>
    private static void Digits(Span<byte> digits, int value)
    {
        for (var index = digits.Length - 1; index >= 0; index--)
        {
            digits[index] = (byte)('0' + value % 10);
            value /= 10;
        }
    }
}
