using Logtrail.Application.Logs;
using Logtrail.Domain.Common;

namespace Logtrail.Application.Common.Paging;

/// <summary>A checked window and page of a newest-first list: <c>[From, To)</c>, strictly after <see cref="After"/>.</summary>
public sealed record TimeWindow(DateTimeOffset? From, DateTimeOffset? To, PageCursor? After, int PageSize)
{
    /// <summary>
    /// The window as the client wrote it, once <see cref="LogWindowValidator"/> has passed it; <see cref="After"/>
    /// only when both the cursor's id and timestamp are given.
    /// </summary>
    public static TimeWindow Of(ILogWindow window) => new(
        Rfc3339.ParseQueryValueOrNull(window.From),
        Rfc3339.ParseQueryValueOrNull(window.To),
        window.CursorId is not null && Rfc3339.ParseQueryValueOrNull(window.CursorTs) is { } cursorTimestamp
            ? new PageCursor(cursorTimestamp, Guid.Parse(window.CursorId))
            : null,
        window.PageSize ?? ILogWindow.DefaultPageSize);
}
