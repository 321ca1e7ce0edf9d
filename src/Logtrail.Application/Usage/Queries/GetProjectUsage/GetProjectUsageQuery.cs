using Logtrail.Application.Common.Security;
using Logtrail.Application.Projects;
using Logtrail.Domain.Plans;
using Logtrail.Domain.Tenancy;
using Logtrail.Domain.Usage;
using MediatR;

namespace Logtrail.Application.Usage.Queries.GetProjectUsage;

/// <summary>A project's usage this month for the operator: the total, each environment's share and a daily series.</summary>
[RequiresAdminToken]
public sealed record GetProjectUsageQuery(Guid ProjectId) : IRequest<ProjectUsageDto>;

public sealed class GetProjectUsageQueryHandler(IProjectRepository projects, IUsageReader usage, PlanCatalog plans, TimeProvider clock)
    : IRequestHandler<GetProjectUsageQuery, ProjectUsageDto>
{
    public async Task<ProjectUsageDto> Handle(GetProjectUsageQuery request, CancellationToken cancellationToken)
    {
        var project = await projects.GetRequiredAsync(request.ProjectId, cancellationToken);
        var period = BillingPeriod.Containing(clock.GetUtcNow());
        var daily = await usage.ReadDailyAsync(project.Id, period, cancellationToken);
        var environments = DeploymentEnvironments.All.ToDictionary(
            environment => environment.ToWireName(),
            environment => daily.Where(day => day.Environment == environment).Sum(day => day.Count));
        var limit = plans.Get(project.PlanCode).LogsPerMonth;
        return new ProjectUsageDto(
            limit is null,
            period.Start,
            period.End,
            project.PlanCode,
            limit,
            environments.Values.Sum(),
            environments,
            daily.Select(day => new DailyUsageDto(day.Date, day.Environment.ToWireName(), day.Count)).ToList());
    }
}
