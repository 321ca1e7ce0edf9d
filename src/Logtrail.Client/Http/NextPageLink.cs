using System.Text.RegularExpressions;

namespace Logtrail.Client.Http;

/// <summary>Reads <c>Link: &lt;url&gt;; rel="next"</c>.</summary>
internal static partial class NextPageLink
{
    public static Uri? Of(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        foreach (var value in values)
        {
            if (NextLink().Match(value) is { Success: true } match)
            {
                return new Uri(match.Groups["url"].Value, UriKind.RelativeOrAbsolute);
            }
        }

        return null;
    }

    [GeneratedRegex("""<(?<url>[^>]*)>\s*;\s*rel\s*=\s*"?next"?""", RegexOptions.IgnoreCase)]
    private static partial Regex NextLink();
}
