namespace Logtrail.Application.Authentication;

/// <summary>A stored operator token for the admin API: hash and display prefix only.</summary>
public sealed record AdminToken(
    Guid Id, string Name, string Prefix, byte[] TokenHash, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt)
{
    /// <summary>Neither revoked nor past its expiry (a rotated token stays active for its grace period).</summary>
    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);
}
