namespace Logtrail.Application.Logs.Parsing;

/// <summary>
/// PostgreSQL's <c>numeric</c>, which JSONB stores every JSON number as: valid JSON such as <c>1e1000000</c> or
/// <c>-1e-1000000</c> is beyond it, and the database would refuse the whole statement.
/// </summary>
public static class PostgresNumeric
{
    /// <summary>Digits before the decimal point <c>numeric</c> holds at most…</summary>
    public const int MaxIntegerDigits = 131_072;

    /// <summary>…and digits after it (its scale, trailing zeros included).</summary>
    public const int MaxFractionDigits = 16_383;

    /// <summary>Whether a JSON number, given as its raw (valid JSON) text, fits.</summary>
    public static bool Fits(ReadOnlySpan<byte> number)
    {
        var mantissaEnd = number.IndexOfAny((byte)'e', (byte)'E');
        var mantissa = (mantissaEnd < 0 ? number : number[..mantissaEnd]).TrimStart((byte)'-');
        var exponent = mantissaEnd < 0 ? 0L : ExponentOf(number[(mantissaEnd + 1)..]);
        var point = mantissa.IndexOf((byte)'.');
        var integerPart = point < 0 ? mantissa : mantissa[..point];
        var fractionPart = point < 0 ? [] : mantissa[(point + 1)..];
        if (fractionPart.Length - exponent > MaxFractionDigits)
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

        return integerPart.Length + exponent - firstSignificant <= MaxIntegerDigits;
    }

    /// <summary>The exponent's value, saturated far beyond either limit (it may have any number of digits).</summary>
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
}
