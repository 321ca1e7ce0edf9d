using Logtrail.Application.Common.Paging;
using Logtrail.Application.Common.Security;
using Logtrail.Application.Logs;
using Logtrail.Domain.Activity;
using Logtrail.Domain.Keys;
using MediatR;

namespace Logtrail.Application.Activity.Queries.GetActivity;

/// <summary>
/// The rendered public activity of the key's project and environment (<c>GET /activity</c>), newest first with keyset
/// paging: optionally of one actor, one target or one action. A viewer token's caller sees only its bound actor or
/// target: its own filters intersect that binding (another actor's id gives an empty feed).
/// </summary>
[RequiresPermission(Permission.LogsRead)]
[AcceptsViewerTokens]
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
        var key = caller.RequireKey();
        if (!TryIntersect(request.ActorId, key.Viewer?.ActorId, out var actorId) || !TryIntersect(request.TargetId, key.Viewer?.TargetId, out var targetId))
        {
            return new Page<ActivityItemDto>([], null);
        }

        var settings = await catalog.SettingsAsync(key.ProjectId, cancellationToken);
        var publicActions = settings.Values.Where(action => action.IsPublic).Select(action => action.Action).ToArray();
        var page = await logs.ReadEntriesAsync(
            request,
            filter => filter with
            {
                ActionIs = request.Action,
                Activity = new ActivityFilter(publicActions, actorId, targetId),
            },
            cancellationToken);
        var templates = new ActionTemplates(settings);
        var items = page.Items.Select(entry => ActivityItemDto.Render(new LogValues(entry), templates.For(entry.Action))).ToList();
        return new Page<ActivityItemDto>(items, page.Next);
    }

    /// <summary>The id to filter on when a request's filter and a viewer's binding are both applied; false when they disagree.</summary>
    private static bool TryIntersect(string? requested, string? bound, out string? id)
    {
        id = bound ?? requested;
        return requested is null || bound is null || string.Equals(requested, bound, StringComparison.Ordinal);
    }
}
