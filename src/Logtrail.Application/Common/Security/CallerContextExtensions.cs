using Logtrail.Application.Audit;

namespace Logtrail.Application.Common.Security;

public static class CallerContextExtensions
{
    /// <summary>
    /// The caller's key. The authorization behaviour has already ensured there is one for every data-API request,
    /// so its absence here is a wiring bug, not a client error.
    /// </summary>
    public static CallerKey RequireKey(this ICallerContext caller) =>
        caller.Key ?? throw new InvalidOperationException("The request reached a data-API handler without an authenticated key.");

    /// <summary>
    /// What a read may see: the key's project and environment, or those an admin caller names. The authorization
    /// behaviour has already ensured there is one for every read.
    /// </summary>
    public static ReadScope RequireReadScope(this ICallerContext caller) =>
        caller.Key?.ReadScope
        ?? caller.AdminReadScope
        ?? throw new InvalidOperationException("The request reached a read handler without a key or an admin read scope.");

    /// <summary>
    /// Who holds a read that counts against a per-reader allowance (open live tails): the key, or for an operator reading
    /// through the console the admin token.
    /// </summary>
    public static Guid RequireReaderId(this ICallerContext caller) =>
        caller.Key?.KeyId
        ?? caller.AdminActor?.TokenId
        ?? throw new InvalidOperationException("The request reached a read handler without a key or an admin token.");

    /// <summary>Who acts on the admin API; the authorization behaviour has ensured there is someone for every admin request.</summary>
    public static AdminActor RequireAdminActor(this ICallerContext caller) =>
        caller.AdminActor ?? throw new InvalidOperationException("The request reached an admin handler without an admin token.");
}
