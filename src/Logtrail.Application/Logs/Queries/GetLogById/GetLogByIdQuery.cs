using Logtrail.Application.Common.Errors;
using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Common.Security;
using Logtrail.Domain.Keys;
using MediatR;

namespace Logtrail.Application.Logs.Queries.GetLogById;

/// <summary>One log of the key's project and environment; anything else, a malformed id included, is 404 LOG_NOT_FOUND.</summary>
[RequiresPermission(Permission.LogsRead)]
public sealed record GetLogByIdQuery(string Id) : IRequest<LogEntryDto>;

public sealed class GetLogByIdQueryHandler(CallerLogReader logs) : IRequestHandler<GetLogByIdQuery, LogEntryDto>
{
    public async Task<LogEntryDto> Handle(GetLogByIdQuery request, CancellationToken cancellationToken) =>
        Guid.TryParse(request.Id, out var id) && await logs.FindAsync(id, cancellationToken) is { } entry
            ? entry
            : throw new NotFoundException("Log", ErrorCodes.LogNotFound);
}
