using AutoMapper;
using Logtrail.Application.Common.Security;
using Logtrail.Domain.Common;
using Logtrail.Domain.Logs;
using Logtrail.Domain.Plans;

namespace Logtrail.Application.Logs;

/// <summary>Turns a validated <see cref="ILogWindow"/> into a filter, and the rows read into a page.</summary>
public static class LogWindows
{
    /// <summary>A filter on the key's project, environment and retention, one row more than the page to tell if more exist.</summary>
    public static LogFilter ToFilter(this ILogWindow window, CallerKey key, Plan plan, DateTimeOffset now) => new(
        key.ProjectId,
        key.Environment,
        plan.RetentionStart(now),
        Instant(window.From),
        Instant(window.To),
        ActionContains: null,
        MessageContains: null,
        Levels: [],
        Tags: [],
        window.CursorId is null ? null : new LogCursor(Instant(window.CursorTs)!.Value, Guid.Parse(window.CursorId)),
        PageSizeOf(window) + 1);

    public static LogPage ToPage(this ILogWindow window, IReadOnlyList<LogEntry> entries, IMapper mapper)
    {
        var page = entries.Take(PageSizeOf(window)).ToArray();
        var next = entries.Count > page.Length ? new LogCursor(page[^1].ServerTimestamp, page[^1].Id) : null;
        return new LogPage(mapper.Map<IReadOnlyList<LogEntryDto>>(page), next);
    }

    private static int PageSizeOf(ILogWindow window) => window.PageSize ?? ILogWindow.DefaultPageSize;

    private static DateTimeOffset? Instant(string? text) => Rfc3339.TryParse(text, out var instant) ? instant : null;
}
