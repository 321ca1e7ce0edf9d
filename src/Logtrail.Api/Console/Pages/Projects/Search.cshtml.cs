using Logtrail.Api.Export;
using Logtrail.Api.Requests;
using Logtrail.Application.Common.Paging;
using Logtrail.Application.Logs;
using Logtrail.Application.Logs.Queries.ExportLogs;
using Logtrail.Application.Logs.Queries.QueryLogs;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Logtrail.Api.Console.Pages.Projects;

/// <summary>
/// LCQL search over one environment: the data API's <see cref="QueryLogsQuery"/>, sent as the operator naming this
/// project and environment. A syntax error is shown at its position in the query; every match can be exported.
/// </summary>
public sealed class SearchModel(IMediator mediator, LogFileFormats formats, TimeProvider clock) : ProjectPageModel(mediator)
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

    /// <summary>
    /// Every match of the query as a file (NDJSON or CSV): the data API's export request, sent as the operator, streamed
    /// by the same writer. A refused query shows the page with the problem instead.
    /// </summary>
    public async Task<IActionResult> OnGetExportAsync([FromQuery] string? format)
    {
        if (!await LoadProjectAsync())
        {
            return Page();
        }

        ReadAsOperator();
        return await SendAsync(new ExportLogsQuery(format, Query, null, null)) is { } export
            ? new LogExportResult(export.Entries, formats.For(export.Format), clock.GetUtcNow())
            : Page();
    }

    /// <summary>The first page of this search.</summary>
    public string NewestUrl => $"{ProjectUrl("search")}&q={Uri.EscapeDataString(Query ?? "")}";
}
