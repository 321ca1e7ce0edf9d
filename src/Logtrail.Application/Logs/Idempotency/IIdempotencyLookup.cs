using Logtrail.Domain.Tenancy;

namespace Logtrail.Application.Logs.Idempotency;

/// <summary>Whether an <c>Idempotency-Key</c> already has a remembered response, read outside the ingest transaction.</summary>
public interface IIdempotencyLookup
{
    Task<bool> IsRememberedAsync(Guid projectId, DeploymentEnvironment environment, string key, DateTimeOffset notBefore, CancellationToken cancellationToken);
}
