using System.Text.Encodings.Web;
using Logtrail.Api.Errors;
using Logtrail.Api.Http;
using Logtrail.Api.RateLimiting;
using Logtrail.Application.Authentication;
using Logtrail.Application.Common.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Logtrail.Api.Authentication;

/// <summary>
/// The data API's scheme: the presented key, checked by <see cref="ApiKeyAuthenticator"/>, or a viewer token
/// (<c>Authorization: Bearer lt_viewer_…</c>), checked by <see cref="ViewerTokenAuthenticator"/>.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ErrorResponseWriter errors,
    FailedAuthenticationThrottle throttle,
    KeyActivityCapture keyActivity,
    ApiKeyAuthenticator authenticator,
    ViewerTokenAuthenticator viewerTokens)
    : ContractAuthenticationHandler<CallerKey>(options, logger, encoder, errors, throttle, keyActivity)
{
    public const string SchemeHint = "Send an API key as 'X-API-Key: <key>' or 'Authorization: ApiKey <key>'; Bearer is for admin and viewer tokens.";

    protected override string CredentialName => "API key";

    protected override async Task<AuthenticationOutcome<CallerKey>> AuthenticateCredentialAsync()
    {
        var presented = PresentedApiKey.From(Request.Headers);
        return presented switch
        {
            { KeyUnderOtherScheme: true } => AuthenticationOutcome<CallerKey>.InvalidWithHint(CredentialName, SchemeHint),
            { IsAmbiguous: true } => AuthenticationOutcome<CallerKey>.Invalid(CredentialName),
            { IsViewerToken: true } => await viewerTokens.AuthenticateAsync(presented.Key!, Context.RequestAborted),
            _ => await authenticator.AuthenticateAsync(presented.Key, Context.RequestAborted),
        };
    }

    protected override string CallerId(CallerKey caller) => caller.KeyId.ToString();
}
