using AutoMapper;
using Logtrail.Application.Common.Errors;
using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Common.Security;
using Logtrail.Domain.Keys;
using Logtrail.Domain.Plans;
using MediatR;

namespace Logtrail.Application.Logs.Queries.GetLogById;

/// <summary>One log of the key's project and environment; anything else, a malformed id included, is 404 LOG_NOT_FOUND.</summary>
[RequiresPermission(Permission.LogsRead)]
public sealed record GetLogByIdQuery(string Id) : IRequest<LogEntryDto>;

public sealed class GetLogByIdQueryHandler(ICallerContext caller, ILogReader reader, PlanCatalog plans, TimeProvider clock, IMapper mapper)
    : IRequestHandler<GetLogByIdQuery, LogEntryDto>
{
    public async Task<LogEntryDto> Handle(GetLogByIdQuery request, CancellationToken cancellationToken)
    {
        var key = caller.RequireKey();
        if (!Guid.TryParse(request.Id, out var id))
        {
            throw NotFound();
        }

        var notBefore = plans.For(key).RetentionStart(clock.GetUtcNow());
        var entry = await reader.FindAsync(key.ProjectId, key.Environment, id, notBefore, cancellationToken) ?? throw NotFound();
        return mapper.Map<LogEntryDto>(entry);
    }

    private static NotFoundException NotFound() => new("Log", ErrorCodes.LogNotFound);
}
