using AutoMapper;
using Logtrail.Application.Common;
using Logtrail.Application.Common.Security;
using Logtrail.Domain.Keys;
using Logtrail.Domain.Logs;
using Logtrail.Domain.Plans;
using MediatR;

namespace Logtrail.Application.Logs.Queries.GetLogs;

/// <summary>
/// A filtered page of logs (<c>GET /logs</c>), newest first, with keyset paging. Parameters arrive as the client
/// wrote them; the validator checks them and the handler reads them. CSV lists: <c>environments</c>, <c>levels</c>,
/// <c>tags</c> (a log matches if it has any of the tags).
/// </summary>
[RequiresPermission(Permission.LogsRead)]
public sealed record GetLogsQuery(
    string? From,
    string? To,
    string? Action,
    string? Message,
    string? Environments,
    string? Levels,
    string? Tags,
    int? PageSize,
    string? CursorId,
    string? CursorTs) : IRequest<LogPage>, INamesEnvironments, ILogWindow
{
    public IEnumerable<string> NamedEnvironments => Csv.Split(Environments);
}

public sealed class GetLogsQueryHandler(ICallerContext caller, ILogReader reader, PlanCatalog plans, TimeProvider clock, IMapper mapper)
    : IRequestHandler<GetLogsQuery, LogPage>
{
    public async Task<LogPage> Handle(GetLogsQuery request, CancellationToken cancellationToken)
    {
        var key = caller.RequireKey();
        var filter = request.ToFilter(key, plans.For(key), clock.GetUtcNow()) with
        {
            ActionContains = request.Action,
            MessageContains = request.Message,
            Levels = Csv.Split(request.Levels).Select(name => Levels.TryParse(name, out var level) ? level.Value : default).ToArray(),
            Tags = Csv.Split(request.Tags).ToArray(),
        };
        return request.ToPage(await reader.ListAsync(filter, cancellationToken), mapper);
    }
}
