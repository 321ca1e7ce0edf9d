namespace Logtrail.Application.Projects.CorsOrigins;

/// <summary>
/// A web origin as browsers send it in <c>Origin</c>: <c>http</c> or <c>https</c>, a host and an optional port,
/// nothing else (no path, query, fragment or user). Normalised to lower case without a default port.
/// </summary>
public static class BrowserOrigin
{
    public static bool TryNormalize(string? text, out string origin)
    {
        origin = "";
        if (string.IsNullOrWhiteSpace(text) || text.EndsWith('/') || !Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            return false;
        }

        if (uri.Scheme is not ("http" or "https") || uri.UserInfo.Length > 0 || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0
            || text.Contains('@') || text.Count(character => character == '/') != 2)
        {
            return false;
        }

        origin = uri.IsDefaultPort ? $"{uri.Scheme}://{uri.IdnHost}" : $"{uri.Scheme}://{uri.IdnHost}:{uri.Port}";
        return true;
    }
}
