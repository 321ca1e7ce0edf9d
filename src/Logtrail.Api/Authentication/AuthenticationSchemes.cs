namespace Logtrail.Api.Authentication;

public static class AuthenticationSchemes
{
    /// <summary>Data API: <c>X-API-Key</c> or <c>Authorization: ApiKey</c>.</summary>
    public const string ApiKey = "ApiKey";

    /// <summary>Admin API: <c>Authorization: Bearer lt_admin_…</c>.</summary>
    public const string AdminToken = "AdminToken";
}
