using Logtrail.Application.Logs;
using Logtrail.Domain.Common;

namespace Logtrail.Application.Common.Paging;

/// <summary>A checked window and page of a newest-first list: <c>[From, To)</c>, strictly after <see cref="After"/>.</summary>
public sealed record TimeWindow(DateTimeOffset? From, DateTimeOffset? To, PageCursor? After, int PageSize)
{
    /// <summary>The window as the client wrote it, once <see cref="LogWindowValidator"/> has passed it.</summary>
    public static TimeWindow Of(ILogWindow window) => new(
        Rfc3339.ParseOrNull(window.From),
        Rfc3339.ParseOrNull(window.To),
        window.CursorId is null ? null : new PageCursor(Rfc3339.ParseOrNull(window.CursorTs)!.Value, Guid.Parse(window.CursorId)),
        window.PageSize ?? ILogWindow.DefaultPageSize);
}
