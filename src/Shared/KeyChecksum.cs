using System.IO.Hashing;
using System.Text;

namespace Logtrail.Keys;

/// <summary>
/// The checksum rule of Logtrail secrets (API keys, admin and viewer tokens): a fixed prefix, 32 random base62
/// characters, then a 6-character base62 CRC-32 (IEEE) of the UTF-8 text before it, left-padded with <c>0</c>.
/// One source file compiled into both the service's domain and the .NET client, so the rule exists once and the
/// client needs no reference to the service's assemblies.
/// </summary>
internal static class KeyChecksum
{
    public const string Base62Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    public const int RandomLength = 32;
    public const int ChecksumLength = 6;
    public const int SecretLength = RandomLength + ChecksumLength;

    /// <summary>CRC-32 (IEEE) of the UTF-8 text, in base62, left-padded to six characters.</summary>
    public static string Compute(string body) =>
        EncodeBase62(Crc32.HashToUInt32(Encoding.UTF8.GetBytes(body)), ChecksumLength);

    /// <summary>True when <paramref name="text"/> is a prefix of <paramref name="prefixLength"/> characters plus a well-formed secret with a correct checksum.</summary>
    public static bool IsValidSecret(string text, int prefixLength)
    {
        if (text.Length != prefixLength + SecretLength)
        {
            return false;
        }

        var secret = text.AsSpan(prefixLength);
        if (!IsBase62(secret))
        {
            return false;
        }

        return secret[RandomLength..].SequenceEqual(Compute(text[..^ChecksumLength]));
    }

    /// <summary>Writes <paramref name="value"/> in base62, left-padded with <c>0</c> to <paramref name="width"/>.</summary>
    public static string EncodeBase62(uint value, int width)
    {
        Span<char> digits = stackalloc char[Math.Max(width, 6)];
        var position = digits.Length;
        do
        {
            digits[--position] = Base62Alphabet[(int)(value % 62)];
            value /= 62;
        }
        while (value > 0);

        while (digits.Length - position < width)
        {
            digits[--position] = '0';
        }

        return new string(digits[position..]);
    }

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
