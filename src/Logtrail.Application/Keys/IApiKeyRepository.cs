using Logtrail.Domain.Keys;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Application.Keys;

/// <summary>
/// Stored API keys. Every change that affects authentication (revocation, rotation) must reach every API
/// instance's key cache before the change returns or within a second.
/// </summary>
public interface IApiKeyRepository
{
    Task AddAsync(ApiKey key, byte[] keyHash, CancellationToken cancellationToken);

    Task<ApiKey?> GetAsync(Guid keyId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ApiKey>> ListAsync(
        Guid projectId, DeploymentEnvironment? environment, bool includeRevoked, CancellationToken cancellationToken);

    /// <summary>Marks the key revoked at <paramref name="revokedAt"/> unless it already was; null when there is no such key.</summary>
    Task<ApiKey?> RevokeAsync(Guid keyId, DateTimeOffset revokedAt, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: sets the old key's expiry and stores its replacement. False (and nothing stored) when
    /// the old key was revoked meanwhile.
    /// </summary>
    Task<bool> RotateAsync(Guid oldKeyId, DateTimeOffset oldKeyExpiresAt, ApiKey replacement, byte[] replacementHash, CancellationToken cancellationToken);
}
