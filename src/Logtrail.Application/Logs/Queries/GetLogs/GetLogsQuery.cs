using Logtrail.Application.Common;
using Logtrail.Application.Common.Security;
using Logtrail.Domain.Keys;
using Logtrail.Domain.Logs;
using MediatR;

namespace Logtrail.Application.Logs.Queries.GetLogs;

/// <summary>
/// A filtered page of logs (<c>GET /logs</c>), newest first, with keyset paging. Parameters arrive as the client
/// wrote them; the validator checks them and the handler reads them. CSV lists: <c>environments</c>, <c>levels</c>,
/// <c>tags</c> (a log matches if it has any of the tags). The page comes back as the response's JSON, written straight
/// from the rows read: the hot path of the API's reads.
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
    string? CursorTs) : IRequest<LogPageJson>, INamesEnvironments, ILogWindow
{
    public IEnumerable<string> NamedEnvironments => Csv.Split(Environments);
}

public sealed class GetLogsQueryHandler(CallerLogReader logs) : IRequestHandler<GetLogsQuery, LogPageJson>
{
    public Task<LogPageJson> Handle(GetLogsQuery request, CancellationToken cancellationToken) =>
        logs.WritePageAsync(
            request,
            filter => filter with
            {
                ActionContains = request.Action,
                MessageContains = request.Message,
                Levels = Csv.Split(request.Levels).Select(name => Levels.TryParse(name, out var level) ? level.Value : default).ToArray(),
                Tags = Csv.Split(request.Tags).ToArray(),
            },
            cancellationToken);
}
