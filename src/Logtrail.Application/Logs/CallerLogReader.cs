using AutoMapper;
using Logtrail.Application.Common.Security;
using Logtrail.Domain.Common;
using Logtrail.Domain.Plans;

namespace Logtrail.Application.Logs;

/// <summary>
/// The caller's logs: only its key's project and environment, never older than its plan's retention. One page of a
/// read (newest first, one row more than the page to tell whether another exists), or one log by id.
/// </summary>
public sealed class CallerLogReader(ICallerContext caller, ILogReader reader, PlanCatalog plans, TimeProvider clock, IMapper mapper)
{
    public async Task<LogEntryDto?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var key = caller.RequireKey();
        var entry = await reader.FindAsync(key.ProjectId, key.Environment, id, RetentionStart(key), cancellationToken);
        return entry is null ? null : mapper.Map<LogEntryDto>(entry);
    }

    /// <summary>The request's window, narrowed by its own filters.</summary>
    public async Task<LogPage> ReadPageAsync(ILogWindow window, Func<LogFilter, LogFilter> narrow, CancellationToken cancellationToken)
    {
        var key = caller.RequireKey();
        var pageSize = window.PageSize ?? ILogWindow.DefaultPageSize;
        var filter = narrow(new LogFilter(
            key.ProjectId,
            key.Environment,
            RetentionStart(key),
            Instant(window.From),
            Instant(window.To),
            ActionContains: null,
            MessageContains: null,
            Levels: [],
            Tags: [],
            window.CursorId is null ? null : new LogCursor(Instant(window.CursorTs)!.Value, Guid.Parse(window.CursorId)),
            pageSize + 1));
        var entries = await reader.ListAsync(filter, cancellationToken);
        var page = entries.Take(pageSize).ToArray();
        var next = entries.Count > page.Length ? new LogCursor(page[^1].ServerTimestamp, page[^1].Id) : null;
        return new LogPage(mapper.Map<IReadOnlyList<LogEntryDto>>(page), next);
    }

    private DateTimeOffset RetentionStart(CallerKey key) => plans.For(key).RetentionStart(clock.GetUtcNow());

    private static DateTimeOffset? Instant(string? text) => Rfc3339.TryParse(text, out var instant) ? instant : null;
}
