using Logtrail.Application.Audit;
using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Common.Security;
using MediatR;

namespace Logtrail.Application.Projects.Commands.DeleteProject;

/// <summary>
/// Deletes a project with its keys and every row of its data, in all environments (<c>DELETE /projects/{id}</c>):
/// what a test suite's throw-away project needs. Its keys stop working on every instance at once.
/// </summary>
[RequiresAdminToken]
public sealed record DeleteProjectCommand(Guid ProjectId) : IRequest<Unit>, IAuditedAdminAction<Unit>
{
    public AdminAuditEvent Audit(Unit response) => new("project.deleted", $"project:{ProjectId}");
}

public sealed class DeleteProjectCommandHandler(IProjectRepository projects) : IRequestHandler<DeleteProjectCommand, Unit>
{
    public async Task<Unit> Handle(DeleteProjectCommand request, CancellationToken cancellationToken)
    {
        if (!await projects.DeleteAsync(request.ProjectId, cancellationToken))
        {
            throw new NotFoundException("Project");
        }

        return Unit.Value;
    }
}
