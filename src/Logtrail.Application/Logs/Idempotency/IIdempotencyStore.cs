using Logtrail.Application.Common.Persistence;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Application.Logs.Idempotency;

/// <summary>
/// Remembered responses of requests that carried an <c>Idempotency-Key</c>, scoped to a project and environment.
/// The key is claimed and the response remembered inside the transaction that stores the logs, so a failure or a
/// crash leaves nothing remembered and the request may be retried.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>Whether <paramref name="key"/> has a response remembered since <paramref name="notBefore"/>; read outside any transaction.</summary>
    Task<bool> IsRememberedAsync(Guid projectId, DeploymentEnvironment environment, string key, DateTimeOffset notBefore, CancellationToken cancellationToken);

    /// <summary>
    /// Locks the key for the rest of <paramref name="transaction"/> and says whether the request may go on; a
    /// concurrent request holding the lock makes this one <see cref="IdempotencyClaim.InProgress"/>.
    /// </summary>
    Task<IdempotencyClaim> ClaimAsync(
        IWriteTransaction transaction, Guid projectId, DeploymentEnvironment environment, IdempotencyRequest request, DateTimeOffset now,
        CancellationToken cancellationToken);

    /// <summary>Remembers the response of a granted claim (replacing a record of the same key past its lifetime).</summary>
    Task RememberAsync(
        IWriteTransaction transaction, Guid projectId, DeploymentEnvironment environment, IdempotencyRequest request, string response,
        DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Retention: forgets the responses remembered before <paramref name="cutoff"/>, at most
    /// <paramref name="batchSize"/> per short transaction; returns how many it forgot.
    /// </summary>
    Task<long> DeleteRememberedBeforeAsync(DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken);
}
