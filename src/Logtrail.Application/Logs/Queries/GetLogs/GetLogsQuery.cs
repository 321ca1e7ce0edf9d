using AutoMapper;
using Logtrail.Application.Common;
using Logtrail.Application.Common.Security;
using Logtrail.Domain.Common;
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
    string? CursorTs) : IRequest<LogPage>, INamesEnvironments
{
    public const int DefaultPageSize = 50;
    public const int MinPageSize = 10;
    public const int MaxPageSize = 100;

    public IEnumerable<string> NamedEnvironments => Csv.Split(Environments);
}

public sealed class GetLogsQueryHandler(ICallerContext caller, ILogReader reader, PlanCatalog plans, TimeProvider clock, IMapper mapper)
    : IRequestHandler<GetLogsQuery, LogPage>
{
    public async Task<LogPage> Handle(GetLogsQuery request, CancellationToken cancellationToken)
    {
        var key = caller.RequireKey();
        var pageSize = request.PageSize ?? GetLogsQuery.DefaultPageSize;
        var filter = new LogFilter(
            key.ProjectId,
            key.Environment,
            plans.For(key).RetentionStart(clock.GetUtcNow()),
            Instant(request.From),
            Instant(request.To),
            request.Action,
            request.Message,
            Csv.Split(request.Levels).Select(name => Levels.TryParse(name, out var level) ? level.Value : default).ToArray(),
            Csv.Split(request.Tags).ToArray(),
            request.CursorId is null ? null : new LogCursor(Instant(request.CursorTs)!.Value, Guid.Parse(request.CursorId)),
            pageSize + 1);
        var entries = await reader.ListAsync(filter, cancellationToken);
        var page = entries.Take(pageSize).ToArray();
        var next = entries.Count > pageSize ? new LogCursor(page[^1].ServerTimestamp, page[^1].Id) : null;
        return new LogPage(mapper.Map<IReadOnlyList<LogEntryDto>>(page), next);
    }

    private static DateTimeOffset? Instant(string? text) => Rfc3339.TryParse(text, out var instant) ? instant : null;
}
