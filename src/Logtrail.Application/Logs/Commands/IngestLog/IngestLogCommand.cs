using AutoMapper;
using Logtrail.Application.Common.Security;
using Logtrail.Application.Logs.Idempotency;
using Logtrail.Application.Logs.Parsing;
using Logtrail.Application.Usage;
using Logtrail.Domain.Common;
using Logtrail.Domain.Keys;
using Logtrail.Domain.Logs;
using MediatR;

namespace Logtrail.Application.Logs.Commands.IngestLog;

/// <summary>Stores one log (<c>POST /logs</c>); the response is the stored entry, sent only once it is committed.</summary>
[RequiresPermission(Permission.LogsWrite)]
public sealed record IngestLogCommand(ParsedLog Log, IdempotencyRequest? Idempotency = null) : IRequest<LogEntryDto>, INamesEnvironments, IConsumesMonthlyQuota
{
    public int LogCount => 1;

    public IEnumerable<string> NamedEnvironments => Log.NamedEnvironment is { } environment ? [environment] : [];
}

public sealed class IngestLogCommandHandler(ICallerContext caller, IdempotentLogWriter writer, TimeProvider clock, IMapper mapper)
    : IRequestHandler<IngestLogCommand, LogEntryDto>
{
    public Task<LogEntryDto> Handle(IngestLogCommand request, CancellationToken cancellationToken)
    {
        var key = caller.RequireKey();
        var serverTimestamp = clock.UtcNowMicroseconds();
        var entry = LogEntryFactory.Create(request.Log, LogIds.New(serverTimestamp), key.ProjectId, key.Environment, serverTimestamp, key.KeyId);
        return writer.WriteAsync([entry], mapper.Map<LogEntryDto>(entry), request.Idempotency, cancellationToken);
    }
}
