namespace Logtrail.Application.Logs.Idempotency;

/// <summary>An <c>Idempotency-Key</c> and the SHA-256 of the request body it came with.</summary>
public sealed record IdempotencyRequest(string Key, byte[] BodyHash)
{
    public const int MaxKeyLength = 255;

    /// <summary>How long a remembered response is replayed.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
}
