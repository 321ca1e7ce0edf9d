using Logtrail.Application.Common.Persistence;
using Logtrail.Application.Logs.Idempotency;
using Logtrail.Application.Logs.Queries.AggregateLogs;
using Logtrail.Domain.Logs;

namespace Logtrail.Application.Logs.Storage;

/// <summary>
/// The write side of logs over its three stores: the entries, their usage count and their announcement to live tails
/// commit in one transaction; with an <c>Idempotency-Key</c>, the key is claimed and the response remembered in that
/// same transaction. A transaction commits only if it began within <see cref="AggregateCacheOptions.MaxWriteAge"/> of
/// its oldest log's stamp (checked by the database with the commit): once that (and the clocks' skew) has passed since
/// a time split ended and every transaction open meanwhile has finished, no write can add to it, and the aggregate
/// cache may keep its counts.
/// </summary>
public sealed class LogStorage(
    IWriteTransactions transactions,
    ILogStore logs,
    IUsageCounter usage,
    IIdempotencyStore idempotency,
    ILogCommitAnnouncer announcer,
    AggregateCacheOptions aggregateCache)
{
    public async Task WriteAsync(IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken)
    {
        await using var transaction = await transactions.BeginAsync(cancellationToken);
        await AppendAsync(transaction, entries, cancellationToken);
        await CommitAsync(transaction, cancellationToken);
    }

    /// <summary>
    /// Writes <paramref name="entries"/> (all of one project and environment) unless the key's claim is not granted,
    /// in which case nothing is stored and the claim says what to answer instead.
    /// </summary>
    public async Task<IdempotencyClaim> WriteOnceAsync(
        IReadOnlyList<LogEntry> entries, IdempotencyRequest request, string response, CancellationToken cancellationToken)
    {
        var sample = entries[0];
        await using var transaction = await transactions.BeginAsync(cancellationToken);
        var claim = await idempotency.ClaimAsync(
            transaction, sample.ProjectId, sample.Environment, request, sample.ServerTimestamp, cancellationToken);
        if (claim is not IdempotencyClaim.GrantedClaim)
        {
            return claim;
        }

        await AppendAsync(transaction, entries, cancellationToken);
        await idempotency.RememberAsync(
            transaction, sample.ProjectId, sample.Environment, request, response, sample.ServerTimestamp, cancellationToken);
        await CommitAsync(transaction, cancellationToken);
        return claim;
    }

    private async Task AppendAsync(IWriteTransaction transaction, IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken)
    {
        await logs.AppendAsync(transaction, entries, cancellationToken);
        await usage.CountAsync(transaction, entries, cancellationToken);
        await announcer.AnnounceAsync(transaction, entries, cancellationToken);
        transaction.RequireBegunBy(entries.Min(entry => entry.ServerTimestamp) + aggregateCache.MaxWriteAge);
    }

    /// <summary>A transaction that began too long after its oldest stamp was rolled back: 503 <c>write_too_slow</c>.</summary>
    private async Task CommitAsync(IWriteTransaction transaction, CancellationToken cancellationToken)
    {
        try
        {
            await transaction.CommitAsync(cancellationToken);
        }
        catch (TransactionBegunTooLateException)
        {
            throw new StaleWriteException(aggregateCache.MaxWriteAge);
        }
    }
}
