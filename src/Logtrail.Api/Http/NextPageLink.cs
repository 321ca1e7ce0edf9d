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

    private static string Url(HttpRequest request, PageCursor next)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        query["cursorID"] = next.Id.ToString();
        query["cursorTS"] = Rfc3339.Format(next.Timestamp);
        return UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, new QueryBuilder(query).ToQueryString());
    }
}
