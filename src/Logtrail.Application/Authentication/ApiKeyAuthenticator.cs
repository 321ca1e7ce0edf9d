using Logtrail.Application.Common.Security;
using Logtrail.Domain.Keys;

namespace Logtrail.Application.Authentication;

/// <summary>
/// Checks a presented data-API key (SPEC §2): format and checksum first, with no lookup; then the stored hash,
/// compared in constant time; then revocation and expiry, on every request.
/// </summary>
public sealed class ApiKeyAuthenticator(IApiKeyDirectory directory, IKeyUsageRecorder usage, TimeProvider clock)
{
    private const string Credential = "API key";

    public async ValueTask<AuthenticationOutcome<CallerKey>> AuthenticateAsync(string? presentedKey, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(presentedKey))
        {
            return AuthenticationOutcome<CallerKey>.Missing(Credential);
        }

        if (!ApiKeyFormat.TryParse(presentedKey, out _))
        {
            return AuthenticationOutcome<CallerKey>.Invalid(Credential);
        }

        var presentedHash = SecretHash.Compute(presentedKey);
        var credential = await directory.FindByHashAsync(presentedHash, cancellationToken);
        if (credential is null || !SecretHash.Matches(credential.KeyHash, presentedHash))
        {
            return AuthenticationOutcome<CallerKey>.Invalid(Credential);
        }

        var now = clock.GetUtcNow();
        switch (credential.Key.StateAt(now))
        {
            case ApiKeyState.Revoked:
                return AuthenticationOutcome<CallerKey>.Invalid(Credential, credential.Key.Id);
            case ApiKeyState.Expired:
                return AuthenticationOutcome<CallerKey>.Expired(Credential, credential.Key.Id);
        }

        usage.RecordUse(credential.Key.Id, now);
        var key = credential.Key;
        return AuthenticationOutcome<CallerKey>.Success(
            new CallerKey(key.Id, key.Name, key.Environment, key.Type, credential.Workspace));
    }
}
