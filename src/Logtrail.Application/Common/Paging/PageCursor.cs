namespace Logtrail.Application.Common.Paging;

/// <summary>A position in a newest-first keyset order: the last item's timestamp and id (<c>cursorTS</c>, <c>cursorID</c>).</summary>
public sealed record PageCursor(DateTimeOffset Timestamp, Guid Id);
