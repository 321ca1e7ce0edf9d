using Logtrail.Application.Audit;
using AutoMapper;
using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Common.Security;
using Logtrail.Domain.Common;
using MediatR;

namespace Logtrail.Application.Keys.Commands.RevokeKey;

/// <summary>Revokes a key: refused on the very next request, by every instance. Idempotent.</summary>
[RequiresAdminToken]
public sealed record RevokeKeyCommand(Guid KeyId) : IRequest<KeyDto>, IAuditedAdminAction<KeyDto>
{
    public AdminAuditEvent Audit(KeyDto response) => new("key.revoked", $"key:{KeyId}");
}

public sealed class RevokeKeyCommandHandler(IApiKeyRepository keys, TimeProvider clock, IMapper mapper)
    : IRequestHandler<RevokeKeyCommand, KeyDto>
{
    public async Task<KeyDto> Handle(RevokeKeyCommand request, CancellationToken cancellationToken)
    {
        var revoked = await keys.RevokeAsync(request.KeyId, clock.UtcNowMicroseconds(), cancellationToken)
            ?? throw new NotFoundException("Key");
        return mapper.Map<KeyDto>(revoked);
    }
}
