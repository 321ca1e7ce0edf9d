using Logtrail.Application.Audit;
using Logtrail.Application.Common.Security;
using Logtrail.Application.Logs.Erasure;
using Logtrail.Domain.Tenancy;
using MediatR;

namespace Logtrail.Application.Projects.Commands.EraseActorLogs;

/// <summary>
/// Data-subject erasure (<c>DELETE /projects/{id}/logs?environment&amp;actor_id</c>): removes every log of the project
/// whose actor or target has this id — in one environment, or in all when none is named.
/// </summary>
[RequiresAdminToken]
public sealed record EraseActorLogsCommand(Guid ProjectId, string? Environment, string? ActorId)
    : IRequest<DeletedDto>, IAuditedAdminAction<DeletedDto>
{
    public AdminAuditEvent Audit(DeletedDto response) => new(
        "project.actor_erased",
        $"project:{ProjectId}",
        new Dictionary<string, object?> { ["environment"] = Environment, ["actor_id"] = ActorId, ["deleted"] = response.Deleted });
}

public sealed class EraseActorLogsCommandHandler(IProjectRepository projects, ILogEraser eraser) : IRequestHandler<EraseActorLogsCommand, DeletedDto>
{
    public async Task<DeletedDto> Handle(EraseActorLogsCommand request, CancellationToken cancellationToken)
    {
        var project = await projects.GetRequiredAsync(request.ProjectId, cancellationToken);
        var environment = request.Environment is null ? (DeploymentEnvironment?)null : DeploymentEnvironments.Parse(request.Environment);
        return new DeletedDto(await eraser.EraseActorAsync(project.Id, environment, request.ActorId!, cancellationToken));
    }
}
