using AutoMapper;
using Dapper;
using Logtrail.Application.Projects;
using Logtrail.Domain.Tenancy;
using Logtrail.Infrastructure.Keys;
using Logtrail.Infrastructure.Logs;
using Logtrail.Infrastructure.Persistence.Rows;

namespace Logtrail.Infrastructure.Persistence.Repositories;

/// <summary>
/// All SQL on <c>projects</c>. An update publishes a project-wide <see cref="KeyChange"/>: cached keys carry the name and
/// plan; a plan change also invalidates the project's cached aggregates in the same transaction.
/// </summary>
public sealed class ProjectRepository(DatabaseSessions sessions, KeyChangePublisher changes, IMapper mapper) : IProjectRepository
{
    private const string Columns = "id, organization_id, name, plan_code, created_at";

    public async Task AddAsync(Project project, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        var connection = session.Connection;
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO projects (id, organization_id, name, plan_code, created_at) VALUES (@Id, @OrganizationId, @Name, @PlanCode, @CreatedAt)",
            project,
            cancellationToken: cancellationToken));
    }

    public async Task<Project?> GetAsync(Guid projectId, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        var connection = session.Connection;
        var row = await connection.QuerySingleOrDefaultAsync<ProjectRow>(new CommandDefinition(
            $"SELECT {Columns} FROM projects WHERE id = @projectId", new { projectId }, cancellationToken: cancellationToken));
        return row is null ? null : mapper.Map<Project>(row);
    }

    public async Task<IReadOnlyList<Project>> ListAsync(Guid? organizationId, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        var connection = session.Connection;
        var rows = await connection.QueryAsync<ProjectRow>(new CommandDefinition(
            $"SELECT {Columns} FROM projects WHERE @organizationId::uuid IS NULL OR organization_id = @organizationId ORDER BY created_at, id",
            new { organizationId },
            cancellationToken: cancellationToken));
        return mapper.Map<IReadOnlyList<Project>>(rows);
    }

    public async Task<Project?> UpdateAsync(Guid projectId, string? name, string? planCode, CancellationToken cancellationToken)
    {
        ProjectRow? row = null;
        await changes.WriteAndPublishAsync(
            KeyChange.OfProject(projectId),
            async connection =>
            {
                row = await connection.QuerySingleOrDefaultAsync<ProjectRow>(new CommandDefinition(
                    $"""
                    UPDATE projects SET name = COALESCE(@name, name), plan_code = COALESCE(@planCode, plan_code)
                    WHERE id = @projectId
                    RETURNING {Columns}
                    """,
                    new { projectId, name, planCode },
                    cancellationToken: cancellationToken));
                if (row is not null && planCode is not null)
                {
                    // A plan's retention decides which cached aggregate splits may be read: a new plan starts afresh.
                    await connection.ExecuteAsync(new CommandDefinition(AggregateCache.InvalidateProject, new { projectId }, cancellationToken: cancellationToken));
                }

                return row is not null;
            },
            cancellationToken);
        return row is null ? null : mapper.Map<Project>(row);
    }

    public Task<bool> DeleteAsync(Guid projectId, CancellationToken cancellationToken) =>
        changes.WriteAndPublishAsync(
            KeyChange.OfProject(projectId),
            async connection =>
            {
                foreach (var table in await ProjectTables.InDeletionOrderAsync(connection, cancellationToken))
                {
                    await connection.ExecuteAsync(new CommandDefinition(
                        $"DELETE FROM {table} WHERE project_id = @projectId", new { projectId }, cancellationToken: cancellationToken));
                }

                return await connection.ExecuteAsync(new CommandDefinition(
                    "DELETE FROM projects WHERE id = @projectId", new { projectId }, cancellationToken: cancellationToken)) > 0;
            },
            cancellationToken);
}
