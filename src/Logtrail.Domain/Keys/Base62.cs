using System.Security.Cryptography;
using Logtrail.Keys;

namespace Logtrail.Domain.Keys;

/// <summary>Base62 with the alphabet <c>0-9A-Za-z</c>, as SPEC §2 uses it for key secrets and checksums.</summary>
public static class Base62
{
    public const string Alphabet = KeyChecksum.Base62Alphabet;

    /// <summary>Writes <paramref name="value"/> in base62, left-padded with <c>0</c> to <paramref name="width"/>.</summary>
    public static string Encode(uint value, int width) => KeyChecksum.EncodeBase62(value, width);

    /// <summary>Uniformly random base62 text from a CSPRNG.</summary>
    public static string Random(int length) => RandomNumberGenerator.GetString(Alphabet, length);

    public static bool IsBase62(ReadOnlySpan<char> text) => KeyChecksum.IsBase62(text);
}
