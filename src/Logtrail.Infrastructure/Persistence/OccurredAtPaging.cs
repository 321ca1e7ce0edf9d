using Dapper;
using Logtrail.Application.Common.Paging;

namespace Logtrail.Infrastructure.Persistence;

/// <summary>
/// The SQL of a <see cref="TimeWindow"/> over a table read newest first by <c>(occurred_at, id)</c> (key activity,
/// admin audit): fragments to end a WHERE clause with, and their parameters.
/// </summary>
public static class OccurredAtPaging
{
    /// <summary><c>[from, to)</c> on <c>occurred_at</c>, each end open when not given.</summary>
    public const string InWindow = "(@from::timestamptz IS NULL OR occurred_at >= @from) AND (@to::timestamptz IS NULL OR occurred_at < @to)";

    /// <summary>The window, strictly after the cursor, newest first, one row more than the page (see <see cref="Page{T}.FromLookahead"/>).</summary>
    public const string PageInWindow =
        InWindow + " AND (@afterId::uuid IS NULL OR (occurred_at, id) < (@afterTime, @afterId)) ORDER BY occurred_at DESC, id DESC LIMIT @limit";

    public static DynamicParameters Parameters(TimeWindow window) => new(new
    {
        from = window.From,
        to = window.To,
        afterTime = window.After?.Timestamp,
        afterId = window.After?.Id,
        limit = window.PageSize + 1,
    });
}
