using AutoMapper;
using Logtrail.Application.Audit;
using Logtrail.Application.Common.Errors;
using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Common.Security;
using Logtrail.Domain.Common;
using Logtrail.Domain.Keys;
using MediatR;

namespace Logtrail.Application.Keys.Commands.RotateKey;

/// <summary>
/// Replaces a key with a new one of the same name, environment and type. The old key keeps working for the
/// grace period (default 0 s, at most 7 days), then answers AUTH_API_KEY_EXPIRED.
/// </summary>
[RequiresAdminToken]
public sealed record RotateKeyCommand(Guid KeyId, int? GracePeriodSeconds, DateTimeOffset? ExpiresAt)
    : IRequest<CreatedKeyDto>, IAuditedAdminAction<CreatedKeyDto>
{
    public TimeSpan GracePeriod => TimeSpan.FromSeconds(GracePeriodSeconds ?? 0);

    public AdminAuditEvent Audit(CreatedKeyDto response) => new(
        "key.rotated",
        $"key:{KeyId}",
        new Dictionary<string, object?> { ["new_key_id"] = response.Id, ["grace_period_seconds"] = (int)GracePeriod.TotalSeconds });
}

public sealed class RotateKeyCommandHandler(IApiKeyRepository keys, ApiKeyIssuer issuer, TimeProvider clock, IMapper mapper)
    : IRequestHandler<RotateKeyCommand, CreatedKeyDto>
{
    public async Task<CreatedKeyDto> Handle(RotateKeyCommand request, CancellationToken cancellationToken)
    {
        var old = await keys.GetAsync(request.KeyId, cancellationToken) ?? throw new NotFoundException("Key");
        if (old.RevokedAt is not null)
        {
            throw RevokedKeyConflict();
        }

        var oldKeyExpiresAt = old.ExpiryAfterRotation(clock.UtcNowMicroseconds(), request.GracePeriod);
        var replacement = issuer.Issue(old.ProjectId, old.Name, old.Environment, old.Type, request.ExpiresAt);
        if (!await keys.RotateAsync(old.Id, oldKeyExpiresAt, replacement.Key, replacement.Hash, cancellationToken))
        {
            throw RevokedKeyConflict();
        }

        return mapper.Map<CreatedKeyDto>(replacement);
    }

    private static ConflictException RevokedKeyConflict() =>
        new(ErrorCodes.KeyRevoked, "This key is revoked and cannot be rotated; create a new key instead.");
}
