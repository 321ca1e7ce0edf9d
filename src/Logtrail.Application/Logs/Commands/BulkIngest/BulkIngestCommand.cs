using Logtrail.Application.Common.Security;
using Logtrail.Application.Logs.Idempotency;
using Logtrail.Application.Logs.Parsing;
using Logtrail.Application.Usage;
using Logtrail.Domain.Common;
using Logtrail.Domain.Keys;
using Logtrail.Domain.Logs;
using MediatR;

namespace Logtrail.Application.Logs.Commands.BulkIngest;

/// <summary>
/// Stores a batch atomically (<c>POST /logs/bulk</c>): every log valid and in the key's environment, or nothing
/// stored. Ids come back in request order.
/// </summary>
[RequiresPermission(Permission.LogsWrite)]
public sealed record BulkIngestCommand(IReadOnlyList<ParsedLog> Logs, IdempotencyRequest? Idempotency = null)
    : IRequest<BulkIngestResult>, INamesEnvironments, IConsumesMonthlyQuota
{
    public int LogCount => Logs.Count;

    public IEnumerable<string> NamedEnvironments => Logs.Select(log => log.NamedEnvironment).OfType<string>();
}

public sealed record BulkIngestResult(int Ingested, IReadOnlyList<Guid> Ids);

public sealed class BulkIngestCommandHandler(ICallerContext caller, IdempotentLogWriter writer, TimeProvider clock)
    : IRequestHandler<BulkIngestCommand, BulkIngestResult>
{
    public Task<BulkIngestResult> Handle(BulkIngestCommand request, CancellationToken cancellationToken)
    {
        var key = caller.RequireKey();
        var serverTimestamp = clock.UtcNowMicroseconds();
        var entries = request.Logs
            .Select(log => LogEntryFactory.Create(log, LogIds.New(serverTimestamp), key.ProjectId, key.Environment, serverTimestamp, key.KeyId))
            .ToArray();
        var result = new BulkIngestResult(entries.Length, entries.Select(entry => entry.Id).ToArray());
        return writer.WriteAsync(entries, result, request.Idempotency, cancellationToken);
    }
}
