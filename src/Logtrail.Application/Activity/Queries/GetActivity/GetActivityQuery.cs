using Logtrail.Application.Common.Paging;
using Logtrail.Application.Common.Security;
using Logtrail.Application.Logs;
using Logtrail.Domain.Activity;
using Logtrail.Domain.Keys;
using MediatR;

namespace Logtrail.Application.Activity.Queries.GetActivity;

/// <summary>
/// The rendered public activity of the key's project and environment (<c>GET /activity</c>), newest first with keyset
/// paging: optionally of one actor, one target or one action.
/// </summary>
[RequiresPermission(Permission.LogsRead)]
public sealed record GetActivityQuery(
    string? ActorId,
    string? TargetId,
    string? Action,
    string? From,
    string? To,
    int? PageSize,
    string? CursorId,
    string? CursorTs) : IRequest<Page<ActivityItemDto>>, ILogWindow;

public sealed class GetActivityQueryHandler(ICallerContext caller, IActionCatalog catalog, CallerLogReader logs)
    : IRequestHandler<GetActivityQuery, Page<ActivityItemDto>>
{
    public async Task<Page<ActivityItemDto>> Handle(GetActivityQuery request, CancellationToken cancellationToken)
    {
        var settings = await catalog.SettingsAsync(caller.RequireKey().ProjectId, cancellationToken);
        var publicActions = settings.Values.Where(action => action.IsPublic).Select(action => action.Action).ToArray();
        var page = await logs.ReadEntriesAsync(
            request,
            filter => filter with
            {
                ActionIs = request.Action,
                Activity = new ActivityFilter(publicActions, request.ActorId, request.TargetId),
            },
            cancellationToken);
        var templates = new ActionTemplates(settings);
        var items = page.Items.Select(entry => ActivityItemDto.Render(new LogValues(entry), templates.For(entry.Action))).ToList();
        return new Page<ActivityItemDto>(items, page.Next);
    }
}
