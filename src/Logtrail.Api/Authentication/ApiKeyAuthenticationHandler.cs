using System.Text.Encodings.Web;
using Logtrail.Api.Errors;
using Logtrail.Api.Http;
using Logtrail.Api.RateLimiting;
using Logtrail.Application.Authentication;
using Logtrail.Application.Common.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Logtrail.Api.Authentication;

/// <summary>The data API's scheme: the presented key, checked by <see cref="ApiKeyAuthenticator"/>.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ErrorResponseWriter errors,
    FailedAuthenticationThrottle throttle,
    KeyActivityCapture keyActivity,
    ApiKeyAuthenticator authenticator)
    : ContractAuthenticationHandler<CallerKey>(options, logger, encoder, errors, throttle, keyActivity)
{
    protected override string CredentialName => "API key";

    protected override async Task<AuthenticationOutcome<CallerKey>> AuthenticateCredentialAsync()
    {
        var presented = PresentedApiKey.From(Request.Headers);
        return presented.IsAmbiguous
            ? AuthenticationOutcome<CallerKey>.Invalid(CredentialName)
            : await authenticator.AuthenticateAsync(presented.Key, Context.RequestAborted);
    }

    protected override string CallerId(CallerKey caller) => caller.KeyId.ToString();
}
