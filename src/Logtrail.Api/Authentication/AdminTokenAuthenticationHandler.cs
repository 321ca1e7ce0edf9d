using System.Text.Encodings.Web;
using Logtrail.Api.Errors;
using Logtrail.Api.Http;
using Logtrail.Api.RateLimiting;
using Logtrail.Application.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Logtrail.Api.Authentication;

/// <summary>The admin API's scheme: <c>Authorization: Bearer lt_admin_…</c>. Data-API keys never pass here.</summary>
public sealed class AdminTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ErrorResponseWriter errors,
    FailedAuthenticationThrottle throttle,
    KeyActivityCapture keyActivity,
    AdminTokenAuthenticator authenticator)
    : ContractAuthenticationHandler<AdminToken>(options, logger, encoder, errors, throttle, keyActivity)
{
    private const string BearerPrefix = "Bearer ";

    protected override string CredentialName => "admin token";

    protected override Task<AuthenticationOutcome<AdminToken>> AuthenticateCredentialAsync()
    {
        var authorization = Request.Headers.Authorization.ToString();
        if (string.IsNullOrWhiteSpace(authorization))
        {
            return Task.FromResult(AuthenticationOutcome<AdminToken>.Missing(CredentialName));
        }

        if (Request.Headers.Authorization.Count > 1
            || !authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticationOutcome<AdminToken>.Invalid(CredentialName));
        }

        return authenticator.AuthenticateAsync(authorization[BearerPrefix.Length..].Trim(), Context.RequestAborted);
    }

    protected override string CallerId(AdminToken caller) => caller.Id.ToString();
}
