using Logtrail.Application.Authentication;
using Logtrail.Infrastructure.Persistence.Repositories;

namespace Logtrail.Infrastructure.Keys;

/// <summary>Key lookups for authentication: from <see cref="ApiKeyCache"/> when it can be trusted, else from the database.</summary>
public sealed class CachedApiKeyDirectory(ApiKeyCache cache, ApiKeyRepository repository) : IApiKeyDirectory
{
    public async ValueTask<ApiKeyCredential?> FindByHashAsync(byte[] keyHash, CancellationToken cancellationToken)
    {
        if (cache.TryGet(keyHash, out var cached))
        {
            return cached;
        }

        var generation = cache.Generation;
        var credential = await repository.FindCredentialByHashAsync(keyHash, cancellationToken);
        if (credential is not null)
        {
            cache.Store(keyHash, credential, generation);
        }

        return credential;
    }
}
