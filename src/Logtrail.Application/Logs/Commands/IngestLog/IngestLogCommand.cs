using AutoMapper;
using Logtrail.Application.Common.Security;
using Logtrail.Domain.Common;
using Logtrail.Domain.Keys;
using MediatR;

namespace Logtrail.Application.Logs.Commands.IngestLog;

/// <summary>Stores one log (<c>POST /logs</c>); the response is the stored entry, sent only once it is committed.</summary>
[RequiresPermission(Permission.LogsWrite)]
public sealed record IngestLogCommand(LogInput Log) : IRequest<LogEntryDto>, INamesEnvironments
{
    public IEnumerable<string> NamedEnvironments => Log.NamedEnvironment is { } environment ? [environment] : [];
}

public sealed class IngestLogCommandHandler(ICallerContext caller, ILogWriter writer, TimeProvider clock, IMapper mapper)
    : IRequestHandler<IngestLogCommand, LogEntryDto>
{
    public async Task<LogEntryDto> Handle(IngestLogCommand request, CancellationToken cancellationToken)
    {
        var entry = LogEntryFactory.Create(request.Log, caller.RequireKey(), clock.UtcNowMicroseconds());
        await writer.WriteAsync([entry], cancellationToken);
        return mapper.Map<LogEntryDto>(entry);
    }
}
