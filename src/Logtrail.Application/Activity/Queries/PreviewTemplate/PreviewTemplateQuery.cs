using Logtrail.Application.Common.Security;
using Logtrail.Application.Logs;
using Logtrail.Application.Projects;
using Logtrail.Domain.Activity;
using Logtrail.Domain.Plans;
using Logtrail.Domain.Tenancy;
using MediatR;

namespace Logtrail.Application.Activity.Queries.PreviewTemplate;

/// <summary>
/// Renders a template — the one given, else the action's saved one, else the default — against the latest real logs
/// of the action in one environment (<c>POST /projects/{id}/actions/{action}/preview</c>), public or not.
/// </summary>
[RequiresAdminToken]
public sealed record PreviewTemplateQuery(Guid ProjectId, string Action, string? Template, string? Environment, int? Limit)
    : IRequest<IReadOnlyList<TemplatePreviewDto>>
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;
}

/// <summary>One log as a template renders it.</summary>
public sealed record TemplatePreviewDto(Guid Id, string Text, DateTimeOffset ClientTimestamp);

public sealed class PreviewTemplateQueryHandler(
    IProjectRepository projects, IActionCatalog catalog, ILogReader logs, PlanCatalog plans, TimeProvider clock)
    : IRequestHandler<PreviewTemplateQuery, IReadOnlyList<TemplatePreviewDto>>
{
    public async Task<IReadOnlyList<TemplatePreviewDto>> Handle(PreviewTemplateQuery request, CancellationToken cancellationToken)
    {
        var project = await projects.GetRequiredAsync(request.ProjectId, cancellationToken);
        var template = request.Template is { } given
            ? ActivityTemplate.Parse(given)
            : new ActionTemplates(await catalog.SettingsAsync(project.Id, cancellationToken)).For(request.Action);
        var newest = LogFilter.Newest(
            project.Id,
            DeploymentEnvironments.Parse(request.Environment!),
            plans.Get(project.PlanCode).RetentionStart(clock.GetUtcNow()),
            request.Limit ?? PreviewTemplateQuery.DefaultLimit);
        var entries = await logs.ListAsync(newest with { ActionIs = request.Action }, cancellationToken);
        return entries.Select(entry => new TemplatePreviewDto(entry.Id, template.Render(new LogValues(entry)), entry.ClientTimestamp)).ToList();
    }
}
