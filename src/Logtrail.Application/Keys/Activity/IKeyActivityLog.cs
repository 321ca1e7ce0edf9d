using Logtrail.Application.Common.Paging;

namespace Logtrail.Application.Keys.Activity;

/// <summary>What was recorded of keys' activity: read newest first, and expired by retention.</summary>
public interface IKeyActivityLog
{
    Task<KeyActivitySummary> SummarizeAsync(Guid projectId, Guid keyId, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken);

    Task<Page<KeyActivityEvent>> ReadAsync(Guid projectId, Guid keyId, TimeWindow window, CancellationToken cancellationToken);

    /// <summary>
    /// Retention: deletes every key's activity older than <paramref name="cutoff"/>, at most
    /// <paramref name="batchSize"/> events per short transaction; returns how many it deleted.
    /// </summary>
    Task<long> DeleteOlderThanAsync(DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken);
}
