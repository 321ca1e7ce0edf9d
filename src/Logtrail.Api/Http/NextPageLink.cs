using Logtrail.Application.Common.Paging;
using Logtrail.Domain.Common;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace Logtrail.Api.Http;

/// <summary>
/// Keyset paging over HTTP: when a page has a successor, <c>Link: &lt;url&gt;; rel="next"</c> carries the full URL of
/// the next page — this request's URL with <c>cursorID</c> and <c>cursorTS</c> set.
/// </summary>
public static class NextPageLink
{
    public static IReadOnlyList<T> Add<T>(HttpContext context, Page<T> page)
    {
        Add(context, page.Next);
        return page.Items;
    }

    /// <summary>Sets the <c>Link</c> header to the page after <paramref name="next"/>, when there is one.</summary>
    public static void Add(HttpContext context, PageCursor? next)
    {
        if (next is { } cursor)
        {
            context.Response.Headers.Link = $"<{Url(context.Request, cursor)}>; rel=\"next\"";
        }
    }

    /// <summary>This request's path and query with the next page's cursor set (the console's "next page" links).</summary>
    public static string RelativeUrl(HttpRequest request, PageCursor next) =>
        UriHelper.BuildRelative(request.PathBase, request.Path, NextQuery(request, next));

    private static string Url(HttpRequest request, PageCursor next) =>
        UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, NextQuery(request, next));

    private static QueryString NextQuery(HttpRequest request, PageCursor next)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        query["cursorID"] = next.Id.ToString();
        query["cursorTS"] = Rfc3339.Format(next.Timestamp);
        return new QueryBuilder(query).ToQueryString();
    }
}
