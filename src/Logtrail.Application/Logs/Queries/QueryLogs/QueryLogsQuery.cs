using Logtrail.Application.Common.Security;
using Logtrail.Domain.Keys;
using MediatR;
using Logtrail.Application.Common.Paging;

namespace Logtrail.Application.Logs.Queries.QueryLogs;

/// <summary>
/// LCQL search (<c>POST /logs/query</c>): the query's expression ANDed, as one group, with the window, the optional <c>action</c>
/// substring, and the key's project, environment and retention; newest first, keyset paging. The query text is
/// parsed once, when first needed.
/// </summary>
[RequiresPermission(Permission.LogsRead)]
public sealed record QueryLogsQuery(string? From, string? To, string? Action, string? Query, string? CursorId, string? CursorTs, int? PageSize)
    : IRequest<Page<LogEntryDto>>, INamesEnvironments, ILogWindow
{
    public LcqlText Lcql { get; } = new(Query);

    public IEnumerable<string> NamedEnvironments => Lcql.EnvironmentLiterals;
}

public sealed class QueryLogsQueryHandler(CallerLogReader logs) : IRequestHandler<QueryLogsQuery, Page<LogEntryDto>>
{
    public Task<Page<LogEntryDto>> Handle(QueryLogsQuery request, CancellationToken cancellationToken)
    {
        var query = request.Lcql.Checked();
        return logs.ReadPageAsync(request, filter => filter with { ActionContains = request.Action, Query = query }, cancellationToken);
    }
}
