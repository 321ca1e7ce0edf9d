using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Common.Paging;
using Logtrail.Application.Common.Security;
using Logtrail.Application.Keys.Activity;
using Logtrail.Application.Logs;
using MediatR;

namespace Logtrail.Application.Keys.Queries.GetKeyActivity;

/// <summary>
/// A key's recorded activity (<c>GET /keys/{id}/activity</c>): the summary of the window and one page of its events,
/// newest first. Works for revoked and expired keys.
/// </summary>
[RequiresAdminToken]
public sealed record GetKeyActivityQuery(Guid KeyId, string? From, string? To, int? PageSize, string? CursorId, string? CursorTs)
    : IRequest<KeyActivityReport>, ILogWindow;

/// <summary>The summary of the whole window and one page of it.</summary>
public sealed record KeyActivityReport(KeyActivitySummary Summary, Page<KeyActivityEvent> Events);

public sealed class GetKeyActivityQueryHandler(IApiKeyRepository keys, IKeyActivityLog activity)
    : IRequestHandler<GetKeyActivityQuery, KeyActivityReport>
{
    public async Task<KeyActivityReport> Handle(GetKeyActivityQuery request, CancellationToken cancellationToken)
    {
        var key = await keys.GetAsync(request.KeyId, cancellationToken) ?? throw new NotFoundException("Key");
        var window = TimeWindow.Of(request);
        var summary = await activity.SummarizeAsync(key.ProjectId, key.Id, window.From, window.To, cancellationToken);
        return new KeyActivityReport(summary, await activity.ReadAsync(key.ProjectId, key.Id, window, cancellationToken));
    }
}
