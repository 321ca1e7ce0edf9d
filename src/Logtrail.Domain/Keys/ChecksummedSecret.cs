using Logtrail.Keys;

namespace Logtrail.Domain.Keys;

/// <summary>
/// The secret part shared by API keys and admin tokens (SPEC §2): 32 random base62 characters followed by a
/// 6-character base62 CRC-32 of everything before the checksum, so a mistyped key is refused without a lookup.
/// The rule itself lives in <c>src/Shared/KeyChecksum.cs</c>, which the .NET client compiles too.
/// </summary>
public static class ChecksummedSecret
{
    public const int RandomLength = KeyChecksum.RandomLength;
    public const int ChecksumLength = KeyChecksum.ChecksumLength;
    public const int Length = KeyChecksum.SecretLength;

    /// <summary>Appends a fresh secret and its checksum to <paramref name="prefix"/>.</summary>
    public static string AppendTo(string prefix)
    {
        var body = prefix + Base62.Random(RandomLength);
        return body + Checksum(body);
    }

    /// <summary>True when <paramref name="text"/> is <paramref name="prefix"/> plus a well-formed secret with a correct checksum.</summary>
    public static bool IsValid(string text, int prefixLength) => KeyChecksum.IsValidSecret(text, prefixLength);

    /// <summary>CRC-32 (IEEE) of the UTF-8 text, in base62, left-padded to six characters.</summary>
    public static string Checksum(string body) => KeyChecksum.Compute(body);
}
