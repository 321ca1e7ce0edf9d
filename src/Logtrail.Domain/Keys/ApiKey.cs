using Logtrail.Domain.Tenancy;

namespace Logtrail.Domain.Keys;

/// <summary>A data-API key as stored: never the key itself, only its hash and display prefix (SPEC §2).</summary>
public sealed record ApiKey(
    Guid Id,
    Guid ProjectId,
    string Name,
    DeploymentEnvironment Environment,
    KeyType Type,
    string Prefix,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? LastUsedAt)
{
    /// <summary>The longest grace period a rotation may give the old key.</summary>
    public static readonly TimeSpan MaxRotationGrace = TimeSpan.FromDays(7);

    public Permission Permissions => Type.GrantedPermissions();

    public ApiKeyState StateAt(DateTimeOffset now) => (RevokedAt, ExpiresAt) switch
    {
        ({ }, _) => ApiKeyState.Revoked,
        (null, { } expiry) when expiry <= now => ApiKeyState.Expired,
        _ => ApiKeyState.Active,
    };

    /// <summary>
    /// When a key rotated at <paramref name="now"/> with <paramref name="grace"/> stops working: after the grace,
    /// but never later than an expiry it already had.
    /// </summary>
    public DateTimeOffset ExpiryAfterRotation(DateTimeOffset now, TimeSpan grace)
    {
        if (grace < TimeSpan.Zero || grace > MaxRotationGrace)
        {
            throw new ArgumentOutOfRangeException(nameof(grace), grace, "A rotation grace period is 0 s to 7 days.");
        }

        var graceEnd = now + grace;
        return ExpiresAt is { } expiry && expiry < graceEnd ? expiry : graceEnd;
    }
}
