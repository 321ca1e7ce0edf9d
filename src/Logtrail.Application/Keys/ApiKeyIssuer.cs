using Logtrail.Domain.Common;
using Logtrail.Domain.Keys;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Application.Keys;

/// <summary>Generates a new key and the record to store for it (hash and display prefix, never the key).</summary>
public sealed class ApiKeyIssuer(TimeProvider clock)
{
    public IssuedApiKey Issue(Guid projectId, string name, DeploymentEnvironment environment, KeyType type, DateTimeOffset? expiresAt)
    {
        var plainText = ApiKeyFormat.Generate(environment, type);
        var key = new ApiKey(
            Guid.CreateVersion7(),
            projectId,
            name,
            environment,
            type,
            ApiKeyFormat.DisplayPrefix(plainText),
            clock.UtcNowMicroseconds(),
            expiresAt?.ToMicroseconds(),
            RevokedAt: null,
            LastUsedAt: null);
        return new IssuedApiKey(key, plainText, SecretHash.Compute(plainText));
    }
}
