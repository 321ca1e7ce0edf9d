using System.Runtime.InteropServices;
using System.Text.Json;

namespace Logtrail.Application.Logs;

/// <summary>What PostgreSQL can store of JSON text: no NUL characters, no unpaired surrogates, numbers within <c>numeric</c>.</summary>
public static class JsonText
{
    /// <summary>The string value, when <paramref name="element"/> is a string PostgreSQL can store.</summary>
    public static bool TryGetString(JsonElement element, out string text)
    {
        text = "";
        if (element.ValueKind != JsonValueKind.String || Decode(element.GetString) is not { } value || !IsStorable(value))
        {
            return false;
        }

        text = value;
        return true;
    }

    /// <summary>Nesting depth, the value itself being level 1.</summary>
    public static int Depth(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => 1 + element.EnumerateObject().Select(property => Depth(property.Value)).DefaultIfEmpty(0).Max(),
        JsonValueKind.Array => 1 + element.EnumerateArray().Select(Depth).DefaultIfEmpty(0).Max(),
        _ => 0,
    };

    /// <summary>True when every string and property name inside <paramref name="element"/> can be stored.</summary>
    public static bool IsStorable(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().All(property =>
            Decode(() => property.Name) is { } name && IsStorable(name) && IsStorable(property.Value)),
        JsonValueKind.Array => element.EnumerateArray().All(IsStorable),
        JsonValueKind.String => TryGetString(element, out _),
        JsonValueKind.Number => NumericFits(JsonMarshal.GetRawUtf8Value(element)),
        _ => true,
    };

    /// <summary>PostgreSQL's <c>numeric</c> (what JSONB stores numbers as) holds at most this many digits before the point…</summary>
    public const int MaxNumericIntegerDigits = 131_072;

    /// <summary>…and at most this many after it, trailing zeros included.</summary>
    public const int MaxNumericFractionDigits = 16_383;

    /// <summary>
    /// Whether a JSON number (its raw text, already valid JSON) fits PostgreSQL's <c>numeric</c>: a value such as
    /// <c>1e1000000</c> or <c>-1e-1000000</c> is valid JSON that the database refuses.
    /// </summary>
    public static bool NumericFits(ReadOnlySpan<byte> number)
    {
        var mantissaEnd = number.IndexOfAny((byte)'e', (byte)'E');
        var mantissa = mantissaEnd < 0 ? number : number[..mantissaEnd];
        var exponent = mantissaEnd < 0 ? 0L : ExponentOf(number[(mantissaEnd + 1)..]);
        mantissa = mantissa.TrimStart((byte)'-');
        var point = mantissa.IndexOf((byte)'.');
        var integerPart = point < 0 ? mantissa : mantissa[..point];
        var fractionPart = point < 0 ? [] : mantissa[(point + 1)..];
        if (fractionPart.Length - exponent > MaxNumericFractionDigits)
        {
            return false;
        }

        var firstSignificant = integerPart.IndexOfAnyExcept((byte)'0');
        if (firstSignificant < 0)
        {
            var inFraction = fractionPart.IndexOfAnyExcept((byte)'0');
            if (inFraction < 0)
            {
                return true;
            }

            firstSignificant = integerPart.Length + inFraction;
        }

        return integerPart.Length + exponent - firstSignificant <= MaxNumericIntegerDigits;
    }

    /// <summary>The exponent's value, saturated far beyond any limit above (its digits may be many).</summary>
    private static long ExponentOf(ReadOnlySpan<byte> text)
    {
        var negative = text.Length > 0 && text[0] == (byte)'-';
        long value = 0;
        foreach (var digit in text.TrimStart("+-"u8))
        {
            value = Math.Min(value * 10 + (digit - '0'), int.MaxValue);
        }

        return negative ? -value : value;
    }

    /// <summary>
    /// Decodes escaped JSON text; null when the escapes make no valid UTF-16 (System.Text.Json refuses to transcode
    /// an unpaired surrogate escape such as <c>\ud800</c>), which makes the value unstorable rather than an error.
    /// </summary>
    private static string? Decode(Func<string?> read)
    {
        try
        {
            return read();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static bool IsStorable(string text)
    {
        if (text.Contains('\0'))
        {
            return false;
        }

        for (var index = 0; index < text.Length; index++)
        {
            if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                index++;
            }
            else if (char.IsSurrogate(text[index]))
            {
                return false;
            }
        }

        return true;
    }
}
