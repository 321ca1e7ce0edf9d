using System.IO.Hashing;
using System.Text;

namespace Logtrail.Domain.Keys;

/// <summary>
/// The secret part shared by API keys and admin tokens (SPEC §2): 32 random base62 characters followed by a
/// 6-character base62 CRC-32 of everything before the checksum, so a mistyped key is refused without a lookup.
/// </summary>
public static class ChecksummedSecret
{
    public const int RandomLength = 32;
    public const int ChecksumLength = 6;
    public const int Length = RandomLength + ChecksumLength;

    /// <summary>Appends a fresh secret and its checksum to <paramref name="prefix"/>.</summary>
    public static string AppendTo(string prefix)
    {
        var body = prefix + Base62.Random(RandomLength);
        return body + Checksum(body);
    }

    /// <summary>True when <paramref name="text"/> is <paramref name="prefix"/> plus a well-formed secret with a correct checksum.</summary>
    public static bool IsValid(string text, int prefixLength)
    {
        if (text.Length != prefixLength + Length)
        {
            return false;
        }

        var secret = text.AsSpan(prefixLength);
        if (!Base62.IsBase62(secret))
        {
            return false;
        }

        var body = text[..^ChecksumLength];
        return secret[RandomLength..].SequenceEqual(Checksum(body));
    }

    /// <summary>CRC-32 (IEEE) of the UTF-8 text, in base62, left-padded to six characters.</summary>
    public static string Checksum(string body) =>
        Base62.Encode(Crc32.HashToUInt32(Encoding.UTF8.GetBytes(body)), ChecksumLength);
}
