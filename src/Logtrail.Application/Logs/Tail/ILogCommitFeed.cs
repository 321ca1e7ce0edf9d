using Logtrail.Domain.Logs;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Application.Logs.Tail;

/// <summary>
/// Logs as they commit, on any instance (port of the live tail). A subscriber to a project and environment receives
/// each committed batch of its ingested logs once, in (server_timestamp, id) order within the batch, from a single
/// fetch this instance makes per announced commit — not per subscriber. <paramref name="onGap"/> is called when
/// the feed may have missed commits (its connection to the announcements was lost).
/// </summary>
public interface ILogCommitFeed
{
    IDisposable Subscribe(Guid projectId, DeploymentEnvironment environment, Action<IReadOnlyList<LogEntry>> onCommitted, Action onGap);
}
