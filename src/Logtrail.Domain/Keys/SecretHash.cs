using System.Security.Cryptography;
using System.Text;

namespace Logtrail.Domain.Keys;

/// <summary>The only form in which keys and admin tokens are stored: SHA-256 of the whole text.</summary>
public static class SecretHash
{
    public const int Length = 32;

    public static byte[] Compute(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    /// <summary>Compares two hashes in constant time.</summary>
    public static bool Matches(ReadOnlySpan<byte> stored, ReadOnlySpan<byte> presented) =>
        CryptographicOperations.FixedTimeEquals(stored, presented);
}
