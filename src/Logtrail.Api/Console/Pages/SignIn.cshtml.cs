using System.Security.Claims;
using Logtrail.Api.RateLimiting;
using Logtrail.Application.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Logtrail.Api.Console.Pages;

/// <summary>
/// Signing in with an admin token: checked like a Bearer token on the admin API, and a failure counts against the
/// client address's failed-authentication allowance (429 once it is spent), so tokens cannot be guessed here either.
/// </summary>
public sealed class SignInModel(AdminTokenAuthenticator authenticator, FailedAuthenticationThrottle throttle, IOptions<ConsoleOptions> options)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Failure { get; private set; }

    public int IdleMinutes => (int)options.Value.IdleTimeout.TotalMinutes;

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(Destination()) : Page();

    public async Task<IActionResult> OnPostAsync([FromForm] string? token)
    {
        var outcome = await authenticator.AuthenticateAsync(token?.Trim(), HttpContext.RequestAborted);
        if (!outcome.Succeeded)
        {
            var attempt = await throttle.RecordFailureAsync(HttpContext.Connection.RemoteIpAddress);
            Response.StatusCode = attempt.Allowed ? StatusCodes.Status401Unauthorized : StatusCodes.Status429TooManyRequests;
            Failure = attempt.Allowed
                ? "That admin token is not valid."
                : "Too many sign-in attempts from this address failed; wait a minute and try again.";
            return Page();
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, outcome.Caller.Id.ToString()), new Claim(ClaimTypes.Name, outcome.Caller.Name)],
            ConsoleSession.Scheme);
        await HttpContext.SignInAsync(ConsoleSession.Scheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Destination());
    }

    /// <summary>Back to the console page that asked for a session, never anywhere else.</summary>
    private string Destination() =>
        ReturnUrl is { } url && Url.IsLocalUrl(url) && url.StartsWith(ConsoleSession.PathBase + "/", StringComparison.Ordinal)
            ? url
            : ConsoleSession.PathBase;
}
