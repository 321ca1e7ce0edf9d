namespace Logtrail.Application.Common.Paging;

/// <summary>One page of a newest-first list and, when more exist, the cursor of the next page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, PageCursor? Next)
{
    /// <summary>
    /// A page from a read of one item more than <paramref name="pageSize"/>: that extra item only tells that another
    /// page exists, which then starts after the page's last item.
    /// </summary>
    public static Page<T> FromLookahead(IReadOnlyList<T> fetched, int pageSize, Func<T, PageCursor> cursorOf)
    {
        var items = fetched.Take(pageSize).ToArray();
        return new Page<T>(items, fetched.Count > items.Length ? cursorOf(items[^1]) : null);
    }
}
