using System.Security.Claims;
using System.Text.Encodings.Web;
using Logtrail.Api.Errors;
using Logtrail.Api.Http;
using Logtrail.Api.RateLimiting;
using Logtrail.Application.Authentication;
using Logtrail.Application.Common.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Logtrail.Api.Authentication;

/// <summary>
/// Shared shape of both schemes: authenticate a credential, keep the caller as a request feature, and answer a
/// failed challenge with the contract's 401 body — or 429 RATE_LIMIT_IP_EXCEEDED once the client's address has
/// failed too often; a revoked or expired key's attempt is recorded in its activity. Failure messages never contain
/// the presented credential.
/// </summary>
public abstract class ContractAuthenticationHandler<TCaller>(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ErrorResponseWriter errors,
    FailedAuthenticationThrottle throttle,
    KeyActivityCapture keyActivity)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    where TCaller : class
{
    protected abstract string CredentialName { get; }

    protected abstract Task<AuthenticationOutcome<TCaller>> AuthenticateCredentialAsync();

    protected abstract string CallerId(TCaller caller);

    protected sealed override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var outcome = await AuthenticateCredentialAsync();
        if (!outcome.Succeeded)
        {
            Context.Features.Set(new AuthenticationFailure(outcome.ErrorCode, outcome.Message, outcome.DeniedKeyId));
            return AuthenticateResult.Fail(outcome.Message);
        }

        Context.Features.Set(outcome.Caller);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, CallerId(outcome.Caller))], Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected sealed override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = Context.Features.Get<AuthenticationFailure>()
            ?? new AuthenticationFailure(ErrorCodes.MissingApiKey, $"No {CredentialName} was given.");
        if (failure.DeniedKeyId is { } deniedKeyId)
        {
            keyActivity.RecordOnCompletion(Context, deniedKeyId, denied: true);
        }

        var attempt = await throttle.RecordFailureAsync(Context.Connection.RemoteIpAddress);
        if (!attempt.Allowed)
        {
            await errors.WriteAsync(Context, new ApiError(
                ErrorKind.RateLimited,
                ErrorCodes.RateLimitIpExceeded,
                "Too many requests from this address failed authentication; retry after the Retry-After delay.",
                RetryAfter: attempt.RetryAfter));
            return;
        }

        await errors.WriteAsync(Context, new ApiError(ErrorKind.Unauthenticated, failure.ErrorCode, failure.Message));
    }

    protected sealed override Task HandleForbiddenAsync(AuthenticationProperties properties) => HandleChallengeAsync(properties);
}
