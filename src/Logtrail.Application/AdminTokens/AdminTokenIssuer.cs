using Logtrail.Application.Authentication;
using Logtrail.Domain.Common;
using Logtrail.Domain.Keys;

namespace Logtrail.Application.AdminTokens;

/// <summary>Makes a new admin token: its secret (returned once, never stored), hash, display prefix and record.</summary>
public sealed class AdminTokenIssuer(TimeProvider clock)
{
    public IssuedAdminToken Issue(string name, DateTimeOffset? expiresAt)
    {
        var plainText = AdminTokenFormat.Generate();
        var token = new AdminToken(
            Guid.CreateVersion7(), name, AdminTokenFormat.DisplayPrefix(plainText), SecretHash.Compute(plainText), clock.UtcNowMicroseconds(), expiresAt, RevokedAt: null);
        return new IssuedAdminToken(token, plainText);
    }
}
