using Logtrail.Application.Authentication;
using Logtrail.Application.Common.Faults;
using Logtrail.Infrastructure.Persistence.Repositories;

namespace Logtrail.Infrastructure.Keys;

/// <summary>
/// Key lookups for authentication: from <see cref="ApiKeyCache"/> when it can be trusted, else from the database —
/// and, when the database is unavailable, from the last known entry if it is younger than the cache lifetime, so that
/// what needs no database (<c>/logs/validate</c>, <c>/info</c>) keeps answering through an outage.
/// </summary>
public sealed class CachedApiKeyDirectory(ApiKeyCache cache, ApiKeyRepository repository, IDatabaseFaults faults) : IApiKeyDirectory
{
    public async ValueTask<ApiKeyCredential?> FindByHashAsync(byte[] keyHash, CancellationToken cancellationToken)
    {
        if (cache.TryGet(keyHash, out var cached))
        {
            return cached;
        }

        var generation = cache.Generation;
        ApiKeyCredential? credential;
        try
        {
            credential = await repository.FindCredentialByHashAsync(keyHash, cancellationToken);
        }
        catch (Exception exception) when (faults.Classify(exception) == DatabaseFault.Unavailable && cache.TryGetDuringOutage(keyHash, out var lastKnown))
        {
            return lastKnown;
        }

        if (credential is not null)
        {
            cache.Store(keyHash, credential, generation);
        }

        return credential;
    }
}
