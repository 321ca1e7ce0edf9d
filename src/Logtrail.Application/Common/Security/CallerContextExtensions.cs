namespace Logtrail.Application.Common.Security;

public static class CallerContextExtensions
{
    /// <summary>
    /// The caller's key. The authorization behaviour has already ensured there is one for every data-API request,
    /// so its absence here is a wiring bug, not a client error.
    /// </summary>
    public static CallerKey RequireKey(this ICallerContext caller) =>
        caller.Key ?? throw new InvalidOperationException("The request reached a data-API handler without an authenticated key.");

    /// <summary>The caller's admin token id; the authorization behaviour has ensured there is one for every admin request.</summary>
    public static Guid RequireAdminTokenId(this ICallerContext caller) =>
        caller.AdminTokenId ?? throw new InvalidOperationException("The request reached an admin handler without an admin token.");
}
