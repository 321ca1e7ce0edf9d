using Logtrail.Application.AdminTokens;
using Logtrail.Application.Audit;
using Logtrail.Application.Authentication;
using Logtrail.Application.Common.Persistence;
using Logtrail.Domain.Common;

namespace Logtrail.Application.Bootstrap;

/// <summary>
/// The <c>admin</c> start mode: creates a first admin token when no active one exists — under the admin-token lock,
/// so that instances starting together create exactly one — and audits it with actor <c>bootstrap</c>.
/// </summary>
public sealed class FirstAdminTokenBootstrapper(
    IUnitOfWork unitOfWork, IAdminTokenRepository tokens, IAdminAuditTrail audit, AdminTokenIssuer issuer, TimeProvider clock)
{
    public const string TokenName = "first admin token";

    /// <summary>The token created, or null when an active admin token already existed.</summary>
    public Task<IssuedAdminToken?> CreateIfNoneActiveAsync(CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(
            async () =>
            {
                await tokens.LockAsync(cancellationToken);
                var now = clock.UtcNowMicroseconds();
                if (await tokens.CountActiveAsync(now, cancellationToken) > 0)
                {
                    return null;
                }

                var issued = issuer.Issue(TokenName, expiresAt: null);
                await tokens.AddAsync(issued.Token, cancellationToken);
                await audit.RecordAsync(
                    AdminAuditEntry.Of(AdminActor.Bootstrap, new AdminAuditEvent("admin_token.created", $"admin_token:{issued.Token.Id}"), null, now),
                    cancellationToken);
                return issued;
            },
            cancellationToken);
}
