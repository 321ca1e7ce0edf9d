using System.Security.Cryptography;

namespace Logtrail.Domain.Keys;

/// <summary>Base62 with the alphabet <c>0-9A-Za-z</c>, as SPEC §2 uses it for key secrets and checksums.</summary>
public static class Base62
{
    public const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>Writes <paramref name="value"/> in base62, left-padded with <c>0</c> to <paramref name="width"/>.</summary>
    public static string Encode(uint value, int width)
    {
        Span<char> digits = stackalloc char[Math.Max(width, 6)];
        var position = digits.Length;
        do
        {
            digits[--position] = Alphabet[(int)(value % 62)];
            value /= 62;
        }
        while (value > 0);

        while (digits.Length - position < width)
        {
            digits[--position] = '0';
        }

        return new string(digits[position..]);
    }

    /// <summary>Uniformly random base62 text from a CSPRNG.</summary>
    public static string Random(int length) => RandomNumberGenerator.GetString(Alphabet, length);

    public static bool IsBase62(ReadOnlySpan<char> text)
    {
        foreach (var character in text)
        {
            if (!char.IsAsciiLetterOrDigit(character))
            {
                return false;
            }
        }

        return true;
    }
}
