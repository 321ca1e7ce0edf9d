using Logtrail.Api.Requests;
using Logtrail.Application.Common.Paging;
using Logtrail.Application.Logs;
using Logtrail.Application.Logs.Queries.QueryLogs;
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

    public Page<LogEntryDto>? Results { get; private set; }

    public async Task OnGetAsync([FromQuery] PageParameters page)
    {
        if (!await LoadProjectAsync())
        {
            return;
        }

        ReadAsOperator();
        Results = await SendAsync(new QueryLogsQuery(null, null, null, Query, page.CursorId, page.CursorTs, PageSize));
    }

    /// <summary>The first page of this search.</summary>
    public string NewestUrl => $"{ProjectUrl("search")}&q={Uri.EscapeDataString(Query ?? "")}";
}
