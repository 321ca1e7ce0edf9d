using Logtrail.Application.Audit;
using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Common.Security;
using Logtrail.Application.Logs.Erasure;
using Logtrail.Domain.Common;
using MediatR;

namespace Logtrail.Application.Keys.Commands.PurgeKeyLogs;

/// <summary>
/// Deletes what one key ingested with <c>server_timestamp</c> in <c>[from, to)</c> (<c>DELETE /keys/{id}/logs</c>) —
/// for a leaked key, revoked or not. Without <c>from</c> or <c>to</c> the window is open on that side.
/// </summary>
[RequiresAdminToken]
public sealed record PurgeKeyLogsCommand(Guid KeyId, string? From, string? To) : IRequest<DeletedDto>, IAuditedAdminAction<DeletedDto>
{
    public AdminAuditEvent Audit(DeletedDto response) => new(
        "key.logs_purged",
        $"key:{KeyId}",
        new Dictionary<string, object?> { ["from"] = From, ["to"] = To, ["deleted"] = response.Deleted });
}

public sealed class PurgeKeyLogsCommandHandler(IApiKeyRepository keys, ILogEraser eraser) : IRequestHandler<PurgeKeyLogsCommand, DeletedDto>
{
    public async Task<DeletedDto> Handle(PurgeKeyLogsCommand request, CancellationToken cancellationToken)
    {
        var key = await keys.GetAsync(request.KeyId, cancellationToken) ?? throw new NotFoundException("Key");
        var deleted = await eraser.PurgeKeyAsync(
            key.ProjectId, key.Environment, key.Id, Rfc3339.ParseOrNull(request.From), Rfc3339.ParseOrNull(request.To), cancellationToken);
        return new DeletedDto(deleted);
    }
}
