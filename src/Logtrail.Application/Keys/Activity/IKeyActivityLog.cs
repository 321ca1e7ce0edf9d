using Logtrail.Application.Common.Paging;

namespace Logtrail.Application.Keys.Activity;

/// <summary>Reads what was recorded of a key's activity, newest first.</summary>
public interface IKeyActivityLog
{
    Task<KeyActivitySummary> SummarizeAsync(Guid projectId, Guid keyId, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken);

    Task<Page<KeyActivityEvent>> ReadAsync(Guid projectId, Guid keyId, TimeWindow window, CancellationToken cancellationToken);
}
