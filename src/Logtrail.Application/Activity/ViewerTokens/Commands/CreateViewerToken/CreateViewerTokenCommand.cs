using Logtrail.Application.Common.Security;
using Logtrail.Domain.Common;
using Logtrail.Domain.Keys;
using MediatR;

namespace Logtrail.Application.Activity.ViewerTokens.Commands.CreateViewerToken;

/// <summary>
/// Mints a viewer token (<c>POST /activity/tokens</c>) for an application's end user: bound to exactly one actor or
/// one target of the key's project and environment, valid for <see cref="TtlSeconds"/> (60–3600 s, default 900) and
/// only while the minting key is. The token is returned once; only its hash is kept.
/// </summary>
[RequiresPermission(Permission.LogsRead)]
public sealed record CreateViewerTokenCommand(string? ActorId, string? TargetId, int? TtlSeconds) : IRequest<ViewerTokenDto>
{
    public const int DefaultTtlSeconds = 900;
    public const int MinTtlSeconds = 60;
    public const int MaxTtlSeconds = 3600;
    public const int MaxIdLength = 256;
}

/// <summary>The new token (shown once) and when it stops working.</summary>
public sealed record ViewerTokenDto(string Token, DateTimeOffset ExpiresAt);

public sealed class CreateViewerTokenCommandHandler(ICallerContext caller, IViewerTokenStore tokens, TimeProvider clock)
    : IRequestHandler<CreateViewerTokenCommand, ViewerTokenDto>
{
    public async Task<ViewerTokenDto> Handle(CreateViewerTokenCommand request, CancellationToken cancellationToken)
    {
        var key = caller.RequireKey();
        var token = ViewerTokenFormat.Generate();
        var now = clock.UtcNowMicroseconds();
        var expiresAt = now.AddSeconds(request.TtlSeconds ?? CreateViewerTokenCommand.DefaultTtlSeconds);
        await tokens.InsertAsync(
            new ViewerToken(Guid.CreateVersion7(), key.ProjectId, key.KeyId, SecretHash.Compute(token), request.ActorId, request.TargetId, now, expiresAt),
            cancellationToken);
        return new ViewerTokenDto(token, expiresAt);
    }
}
