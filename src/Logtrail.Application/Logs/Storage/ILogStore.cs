using Logtrail.Application.Common.Persistence;
using Logtrail.Domain.Logs;

namespace Logtrail.Application.Logs.Storage;

/// <summary>The <c>logs</c> table: appends entries inside a write transaction.</summary>
public interface ILogStore
{
    /// <summary>Appends every entry; they are visible once <paramref name="transaction"/> commits.</summary>
    Task AppendAsync(IWriteTransaction transaction, IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken);
}
