using AutoMapper;
using Logtrail.Application.Audit;
using Logtrail.Application.Authentication;
using Logtrail.Application.Common.Errors;
using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Common.Security;
using Logtrail.Domain.Common;
using MediatR;

namespace Logtrail.Application.AdminTokens.Commands.RotateAdminToken;

/// <summary>
/// Replaces an admin token with a new one of the same name (no expiry). The old one keeps working for the grace period
/// (default 0 s, at most 7 days), then is refused as expired. Rotating a revoked token → 409.
/// </summary>
[RequiresAdminToken]
public sealed record RotateAdminTokenCommand(Guid TokenId, int? GracePeriodSeconds)
    : IRequest<CreatedAdminTokenDto>, IAuditedAdminAction<CreatedAdminTokenDto>
{
    public static readonly TimeSpan MaxGracePeriod = TimeSpan.FromDays(7);

    public TimeSpan GracePeriod => TimeSpan.FromSeconds(GracePeriodSeconds ?? 0);

    public AdminAuditEvent Audit(CreatedAdminTokenDto response) => new(
        "admin_token.rotated",
        $"admin_token:{TokenId}",
        new Dictionary<string, object?> { ["new_token_id"] = response.Id, ["grace_period_seconds"] = (int)GracePeriod.TotalSeconds });
}

public sealed class RotateAdminTokenCommandHandler(IAdminTokenRepository tokens, AdminTokenIssuer issuer, TimeProvider clock, IMapper mapper)
    : IRequestHandler<RotateAdminTokenCommand, CreatedAdminTokenDto>
{
    public async Task<CreatedAdminTokenDto> Handle(RotateAdminTokenCommand request, CancellationToken cancellationToken)
    {
        await tokens.LockAsync(cancellationToken);
        var old = await tokens.GetAsync(request.TokenId, cancellationToken) ?? throw new NotFoundException("Admin token");
        if (old.RevokedAt is not null)
        {
            throw new ConflictException(ErrorCodes.AdminTokenRevoked, "This admin token is revoked and cannot be rotated; create a new one instead.");
        }

        var replacement = issuer.Issue(old.Name, expiresAt: null);
        await tokens.AddAsync(replacement.Token, cancellationToken);
        await tokens.ExpireAsync(old.Id, clock.UtcNowMicroseconds() + request.GracePeriod, cancellationToken);
        return mapper.Map<CreatedAdminTokenDto>(replacement);
    }
}
