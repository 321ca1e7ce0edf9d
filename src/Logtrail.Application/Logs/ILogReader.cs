using System.Buffers;
using Logtrail.Application.Common.Paging;
using Logtrail.Domain.Logs;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Application.Logs;

/// <summary>Reads one project's logs in one environment; never older than <c>notBefore</c> (the plan's retention).</summary>
public interface ILogReader
{
    Task<LogEntry?> FindAsync(Guid projectId, DeploymentEnvironment environment, Guid id, DateTimeOffset notBefore, CancellationToken cancellationToken);

    /// <summary>Where the log <paramref name="id"/> stands in the read order (its stored timestamp and id); null when it is not there.</summary>
    Task<PageCursor?> FindPositionAsync(Guid projectId, DeploymentEnvironment environment, Guid id, CancellationToken cancellationToken);

    /// <summary>Up to <see cref="LogFilter.Limit"/> logs in the order <c>server_timestamp DESC, id DESC</c>.</summary>
    Task<IReadOnlyList<LogEntry>> ListAsync(LogFilter filter, CancellationToken cancellationToken);

    /// <summary>
    /// Up to <paramref name="pageSize"/> logs of <paramref name="filter"/>, in the order of <see cref="ListAsync"/>, written
    /// to <paramref name="output"/> as one UTF-8 JSON array of the contract's <c>LogEntry</c> objects (exactly as
    /// <see cref="LogEntryDto"/> is serialized) straight from the rows read; the cursor of the next page when more exist.
    /// </summary>
    Task<PageCursor?> WriteListAsync(LogFilter filter, int pageSize, IBufferWriter<byte> output, CancellationToken cancellationToken);
}
