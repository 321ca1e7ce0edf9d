using Logtrail.Api.Requests;
using Logtrail.Application.Keys.Commands.PurgeKeyLogs;
using Logtrail.Application.Keys.Queries.GetKeyActivity;
using Logtrail.Application.Logs.Erasure;
using Logtrail.Domain.Common;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Logtrail.Api.Console.Pages.Projects;

/// <summary>
/// What a key did and who used it (for the audit after a leak): the summary, the requests newest first, and a purge
/// of what it ingested in a window.
/// </summary>
public sealed class KeyActivityModel(IMediator mediator) : KeyPageModel(mediator)
{
    public const int PageSize = 50;

    public KeyActivityReport? Report { get; private set; }

    public DeletedDto? Purged { get; private set; }

    public async Task OnGetAsync([FromQuery] PageParameters page)
    {
        if (await LoadKeyAsync())
        {
            Report = await SendAsync(new GetKeyActivityQuery(KeyId, null, null, PageSize, page.CursorId, page.CursorTs));
        }
    }

    public async Task<IActionResult> OnPostPurgeAsync([FromForm] string? from, [FromForm] string? to)
    {
        if (!await LoadKeyAsync())
        {
            return Page();
        }

        if (!ConsoleForm.TryReadInstant(from, out var start) || !ConsoleForm.TryReadInstant(to, out var end))
        {
            SetProblem(ConsoleForm.InvalidInstant(start is null && !string.IsNullOrWhiteSpace(from) ? "from" : "to"));
        }
        else
        {
            Purged = await SendAsync(new PurgeKeyLogsCommand(KeyId, Format(start), Format(end)));
        }

        Report = await SendAsync(new GetKeyActivityQuery(KeyId, null, null, PageSize, null, null));
        return Page();
    }

    private static string? Format(DateTimeOffset? instant) => instant is { } value ? Rfc3339.Format(value) : null;
}
