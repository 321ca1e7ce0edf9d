using Logtrail.Application.Common.Persistence;
using Logtrail.Domain.Logs;

namespace Logtrail.Application.Logs.Storage;

/// <summary>Counts ingested logs toward their project's monthly usage, in the transaction that stores them.</summary>
public interface IUsageCounter
{
    Task CountAsync(IWriteTransaction transaction, IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken);
}
