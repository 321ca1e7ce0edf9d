using Logtrail.Domain.Tenancy;

namespace Logtrail.Application.Projects;

/// <summary>Stored projects. A change of name or plan must reach every instance's key cache (keys carry their workspace).</summary>
public interface IProjectRepository
{
    Task AddAsync(Project project, CancellationToken cancellationToken);

    Task<Project?> GetAsync(Guid projectId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Project>> ListAsync(Guid? organizationId, CancellationToken cancellationToken);

    /// <summary>Changes what is given; null when there is no such project.</summary>
    Task<Project?> UpdateAsync(Guid projectId, string? name, string? planCode, CancellationToken cancellationToken);

    /// <summary>Deletes the project, its keys and all its data in one transaction; false when there is no such project.</summary>
    Task<bool> DeleteAsync(Guid projectId, CancellationToken cancellationToken);
}
