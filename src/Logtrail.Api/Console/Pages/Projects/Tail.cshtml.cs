using Logtrail.Api.Streaming;
using Logtrail.Application.Authentication;
using Logtrail.Application.Logs;
using Logtrail.Application.Logs.Queries.QueryLogs;
using Logtrail.Application.Logs.Queries.TailLogs;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Logtrail.Api.Console.Pages.Projects;

/// <summary>
/// Live tail of one environment: the newest matching logs (the data API's search), then, with the page's script, every
/// new match as it commits — the data API's tail request sent as the operator, written by the same Server-Sent Events
/// writer. The stream ends within a second of the session's admin token being revoked.
/// </summary>
public sealed class TailModel(IMediator mediator, LogTailStream stream, IServiceScopeFactory scopes) : ProjectPageModel(mediator)
{
    public const int RecentCount = 20;

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<LogEntryDto>? Recent { get; private set; }

    public string StreamUrl => $"{ProjectUrl("tail")}&q={Uri.EscapeDataString(Query ?? "")}&handler=Stream";

    public async Task OnGetAsync()
    {
        if (await LoadProjectAsync())
        {
            ReadAsOperator();
            Recent = (await SendAsync(new QueryLogsQuery(null, null, null, Query, null, null, RecentCount)))?.Items;
        }
    }

    public async Task<IActionResult> OnGetStreamAsync()
    {
        if (!await LoadProjectAsync())
        {
            return new StatusCodeResult(Response.StatusCode);
        }

        ReadAsOperator();
        var lastEventId = Request.Headers["Last-Event-ID"].ToString();
        await using var session = await SendAsync(new TailLogsQuery(Query, lastEventId.Length == 0 ? null : lastEventId));
        if (session is null)
        {
            return new StatusCodeResult(Response.StatusCode);
        }

        using var ending = CancellationTokenSource.CreateLinkedTokenSource(HttpContext.RequestAborted);
        var watch = ConsoleSessionWatch.UntilTokenEndsAsync(HttpContext, scopes, HttpContext.Features.Get<AdminToken>()!.Id, ending.Token);
        await stream.WriteAsync(HttpContext, session);
        await ending.CancelAsync();
        await watch;
        return new EmptyResult();
    }
}
