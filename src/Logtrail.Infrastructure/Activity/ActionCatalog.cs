using AutoMapper;
using Dapper;
using Logtrail.Application.Activity;
using Logtrail.Domain.Tenancy;
using Logtrail.Infrastructure.Persistence.Rows;
using Logtrail.Infrastructure.Persistence;

namespace Logtrail.Infrastructure.Activity;

/// <summary>All SQL on <c>action_catalog</c> (what was seen) and <c>action_settings</c> (what was decided).</summary>
public sealed class ActionCatalog(DatabaseSessions sessions, IMapper mapper) : IActionCatalog
{
    public async Task<IReadOnlyList<ActionCatalogEntry>> ListAsync(
        Guid projectId, DeploymentEnvironment? environment, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        var connection = session.Connection;
        var rows = await connection.QueryAsync<ActionCatalogRow>(new CommandDefinition(
            """
            SELECT coalesce(seen.action, settings.action) AS action, seen.environment::text AS environment,
                   coalesce(seen.log_count, 0) AS count, seen.first_seen, seen.last_seen,
                   coalesce(settings.is_public, false) AS is_public, settings.template, settings.description
            FROM (SELECT * FROM action_catalog
                  WHERE project_id = @projectId AND (@environment::text IS NULL OR environment = @environment::environment_name)) AS seen
            FULL JOIN (SELECT * FROM action_settings WHERE project_id = @projectId) AS settings ON settings.action = seen.action
            ORDER BY 1, 2 NULLS FIRST
            """,
            new { projectId, environment = environment?.ToWireName() },
            cancellationToken: cancellationToken));
        return mapper.Map<IReadOnlyList<ActionCatalogEntry>>(rows);
    }

    public async Task<IReadOnlyDictionary<string, ActionSettings>> SettingsAsync(Guid projectId, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        var connection = session.Connection;
        var rows = await connection.QueryAsync<ActionSettings>(new CommandDefinition(
            "SELECT action, is_public, template, description FROM action_settings WHERE project_id = @projectId",
            new { projectId },
            cancellationToken: cancellationToken));
        return rows.ToDictionary(settings => settings.Action, StringComparer.Ordinal);
    }

    public async Task<ActionCatalogEntry> SaveAsync(Guid projectId, ActionSettings settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        var connection = session.Connection;
        var row = await connection.QuerySingleAsync<ActionCatalogRow>(new CommandDefinition(
            """
            WITH saved AS (
                INSERT INTO action_settings (project_id, action, is_public, template, description, updated_at)
                VALUES (@projectId, @Action, @IsPublic, @Template, @Description, @now)
                ON CONFLICT (project_id, action) DO UPDATE SET
                    is_public = EXCLUDED.is_public, template = EXCLUDED.template,
                    description = EXCLUDED.description, updated_at = EXCLUDED.updated_at
                RETURNING action, is_public, template, description)
            SELECT saved.action, NULL::text AS environment, coalesce(sum(seen.log_count), 0)::bigint AS count,
                   min(seen.first_seen) AS first_seen, max(seen.last_seen) AS last_seen,
                   saved.is_public, saved.template, saved.description
            FROM saved
            LEFT JOIN action_catalog AS seen ON seen.project_id = @projectId AND seen.action = saved.action
            GROUP BY saved.action, saved.is_public, saved.template, saved.description
            """,
            new { projectId, settings.Action, settings.IsPublic, settings.Template, settings.Description, now },
            cancellationToken: cancellationToken));
        return mapper.Map<ActionCatalogEntry>(row);
    }

    public async Task ClearAsync(Guid projectId, string action, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        var connection = session.Connection;
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM action_settings WHERE project_id = @projectId AND action = @action",
            new { projectId, action },
            cancellationToken: cancellationToken));
    }
}
