using System.Security.Claims;
using Logtrail.Application.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Logtrail.Api.Console;

/// <summary>
/// Checks a console session's admin token on every request: a revoked or expired token ends the session at its next request
/// (so within 1 s of the revocation, on every instance, since the token is read from the database). A session that
/// holds on makes its token the request's admin caller, as a Bearer token does on the admin API.
/// </summary>
public sealed class ConsoleSessionEvents(AdminTokenAuthenticator authenticator) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var token = Guid.TryParse(context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var tokenId)
            ? await authenticator.FindActiveAsync(tokenId, context.HttpContext.RequestAborted)
            : null;
        if (token is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(ConsoleSession.Scheme);
            return;
        }

        context.HttpContext.Features.Set(token);
    }
}
