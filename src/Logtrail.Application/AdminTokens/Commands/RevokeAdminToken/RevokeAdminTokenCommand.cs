using AutoMapper;
using Logtrail.Application.Audit;
using Logtrail.Application.Authentication;
using Logtrail.Application.Common.Errors;
using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Common.Security;
using Logtrail.Domain.Common;
using MediatR;

namespace Logtrail.Application.AdminTokens.Commands.RevokeAdminToken;

/// <summary>
/// Revokes an admin token: refused from its very next request, on every instance (tokens are looked up on every request).
/// Idempotent. The last active token cannot be revoked (409), so the deployment is never left without operator access;
/// concurrent revocations are serialized, so two of them cannot remove the last two.
/// </summary>
[RequiresAdminToken]
public sealed record RevokeAdminTokenCommand(Guid TokenId) : IRequest<AdminTokenDto>, IAuditedAdminAction<AdminTokenDto>
{
    public AdminAuditEvent Audit(AdminTokenDto response) => new("admin_token.revoked", $"admin_token:{TokenId}");
}

public sealed class RevokeAdminTokenCommandHandler(IAdminTokenRepository tokens, TimeProvider clock, IMapper mapper)
    : IRequestHandler<RevokeAdminTokenCommand, AdminTokenDto>
{
    public async Task<AdminTokenDto> Handle(RevokeAdminTokenCommand request, CancellationToken cancellationToken)
    {
        await tokens.LockAsync(cancellationToken);
        var token = await tokens.GetAsync(request.TokenId, cancellationToken) ?? throw new NotFoundException("Admin token");
        var now = clock.UtcNowMicroseconds();
        if (token.IsActiveAt(now) && await tokens.CountActiveAsync(now, cancellationToken) <= 1)
        {
            throw new ConflictException(
                ErrorCodes.LastAdminToken,
                "This is the last active admin token; create another before revoking it.");
        }

        var revoked = await tokens.RevokeAsync(token.Id, now, cancellationToken) ?? throw new NotFoundException("Admin token");
        return mapper.Map<AdminTokenDto>(revoked);
    }
}
