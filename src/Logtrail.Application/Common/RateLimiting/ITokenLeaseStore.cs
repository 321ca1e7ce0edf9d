namespace Logtrail.Application.Common.RateLimiting;

/// <summary>
/// The token buckets every instance shares. A bucket is named by what it limits (<c>policy</c>: <c>plan</c>,
/// <c>validate</c>, <c>failed-authentication</c>, …), whose it is (<c>subject</c>: a key id, a client address) and its
/// capacity (tokens per minute, refilled continuously). Instances lease whole tokens in slices and spend them in memory.
/// </summary>
public interface ITokenLeaseStore
{
    /// <summary>Takes up to <paramref name="wanted"/> whole tokens; says how many it gave and what is left in the bucket.</summary>
    Task<TokenLease> LeaseAsync(string policy, string subject, int capacity, int wanted, CancellationToken cancellationToken);

    /// <summary>Gives back leased tokens that were not spent.</summary>
    Task ReturnAsync(string policy, string subject, int capacity, int tokens, CancellationToken cancellationToken);

    /// <summary>
    /// Retention: forgets the buckets untouched since <paramref name="untouchedSince"/> (they have refilled; one used
    /// again starts full); returns how many it forgot.
    /// </summary>
    Task<int> ForgetIdleAsync(DateTimeOffset untouchedSince, CancellationToken cancellationToken);
}
