using Logtrail.Application.Activity.ViewerTokens;
using Logtrail.Application.Common.Security;
using Logtrail.Domain.Keys;

namespace Logtrail.Application.Authentication;

/// <summary>
/// Checks a presented viewer token: format and checksum first, with no lookup; then the stored hash, compared in
/// constant time; then its expiry; then its minting key, through the same cached directory as API keys (so a
/// revoked key's tokens die on every instance as soon as the key does). The caller is the minting key with the
/// token's binding.
/// </summary>
public sealed class ViewerTokenAuthenticator(IViewerTokenStore tokens, IApiKeyDirectory keys, TimeProvider clock)
{
    private const string Credential = "viewer token";

    public async ValueTask<AuthenticationOutcome<CallerKey>> AuthenticateAsync(string presentedToken, CancellationToken cancellationToken)
    {
        if (!ViewerTokenFormat.IsWellFormed(presentedToken))
        {
            return AuthenticationOutcome<CallerKey>.Invalid(Credential);
        }

        var presentedHash = SecretHash.Compute(presentedToken);
        var stored = await tokens.FindByHashAsync(presentedHash, cancellationToken);
        if (stored is null || !SecretHash.Matches(stored.Token.TokenHash, presentedHash))
        {
            return AuthenticationOutcome<CallerKey>.Invalid(Credential);
        }

        var token = stored.Token;
        var now = clock.GetUtcNow();
        if (token.ExpiresAt <= now)
        {
            return AuthenticationOutcome<CallerKey>.Expired(Credential);
        }

        var minting = await keys.FindByHashAsync(stored.MintingKeyHash, cancellationToken);
        if (minting is null || minting.Key.StateAt(now) != ApiKeyState.Active)
        {
            return AuthenticationOutcome<CallerKey>.Invalid(Credential);
        }

        var key = minting.Key;
        return AuthenticationOutcome<CallerKey>.Success(
            new CallerKey(key.Id, key.Name, key.Environment, key.Type, minting.Workspace) { Viewer = new ViewerBinding(token.Id, token.ActorId, token.TargetId) });
    }
}
