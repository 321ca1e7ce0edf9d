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
        if (page.Next is { } next)
        {
            context.Response.Headers.Link = $"<{Url(context.Request, next)}>; rel=\"next\"";
        }

        return page.Items;
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
