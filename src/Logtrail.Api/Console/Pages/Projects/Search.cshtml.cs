using Logtrail.Application.Common.Paging;
using Logtrail.Application.Logs;
using Logtrail.Application.Logs.Queries.QueryLogs;
using Logtrail.Domain.Common;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Logtrail.Api.Console.Pages.Projects;

/// <summary>
/// LCQL search over one environment: the data API's <see cref="QueryLogsQuery"/>, sent as the operator naming this
/// project and environment. A syntax error is shown at its position in the query.
/// </summary>
public sealed class SearchModel(IMediator mediator) : ProjectPageModel(mediator)
{
    public const int PageSize = 50;

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    [FromQuery(Name = "cursorID")]
    public string? CursorId { get; set; }

    [FromQuery(Name = "cursorTS")]
    public string? CursorTs { get; set; }

    public Page<LogEntryDto>? Results { get; private set; }

    public async Task OnGetAsync()
    {
        if (!await LoadProjectAsync())
        {
            return;
        }

        ReadAsOperator();
        Results = await SendAsync(new QueryLogsQuery(null, null, null, Query, CursorId, CursorTs, PageSize));
    }

    public string SearchUrl(PageCursor? after = null)
    {
        var url = $"{ProjectUrl("search")}&q={Uri.EscapeDataString(Query ?? "")}";
        return after is null
            ? url
            : $"{url}&cursorID={after.Id}&cursorTS={Uri.EscapeDataString(Rfc3339.Format(after.Timestamp))}";
    }
}
