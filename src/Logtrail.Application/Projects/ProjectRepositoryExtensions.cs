using Logtrail.Application.Common.Exceptions;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Application.Projects;

public static class ProjectRepositoryExtensions
{
    /// <summary>The project, or a 404 NOT_FOUND for the caller.</summary>
    public static async Task<Project> GetRequiredAsync(this IProjectRepository projects, Guid projectId, CancellationToken cancellationToken) =>
        await projects.GetAsync(projectId, cancellationToken) ?? throw new NotFoundException("Project");
}
