using Logtrail.Domain.Keys;

namespace Logtrail.Application.Authentication;

/// <summary>
/// Checks a presented admin token: format and checksum, then the stored hash in constant time, then revocation and
/// expiry. Looked up on every request (no cache), so a revocation holds at once on every instance.
/// </summary>
public sealed class AdminTokenAuthenticator(IAdminTokenRepository tokens, TimeProvider clock)
{
    private const string Credential = "admin token";

    public async Task<AuthenticationOutcome<AdminToken>> AuthenticateAsync(string? presentedToken, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(presentedToken))
        {
            return AuthenticationOutcome<AdminToken>.Missing(Credential);
        }

        if (!AdminTokenFormat.IsWellFormed(presentedToken))
        {
            return AuthenticationOutcome<AdminToken>.Invalid(Credential);
        }

        var presentedHash = SecretHash.Compute(presentedToken);
        var token = await tokens.FindByHashAsync(presentedHash, cancellationToken);
        if (token is null || token.RevokedAt is not null || !SecretHash.Matches(token.TokenHash, presentedHash))
        {
            return AuthenticationOutcome<AdminToken>.Invalid(Credential);
        }

        return token.IsActiveAt(clock.GetUtcNow()) ? AuthenticationOutcome<AdminToken>.Success(token) : AuthenticationOutcome<AdminToken>.Expired(Credential);
    }

    /// <summary>
    /// The token behind a console session, looked up afresh on each of its requests, while it is active; null once it
    /// has been revoked or has expired (the session ends with it).
    /// </summary>
    public async Task<AdminToken?> FindActiveAsync(Guid tokenId, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAsync(tokenId, cancellationToken);
        return token is not null && token.IsActiveAt(clock.GetUtcNow()) ? token : null;
    }
}
