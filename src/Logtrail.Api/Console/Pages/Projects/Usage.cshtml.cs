using Logtrail.Application.Usage.Queries.GetProjectUsage;
using Logtrail.Domain.Tenancy;
using MediatR;

namespace Logtrail.Api.Console.Pages.Projects;

/// <summary>This month's usage against the plan: a gauge, and a daily chart per environment, from the usage counters.</summary>
public sealed class UsageModel(IMediator mediator) : ProjectPageModel(mediator)
{
    public ProjectUsageDto? Usage { get; private set; }

    public IReadOnlyList<UsageChart> Charts { get; private set; } = [];

    public double? UsedPercent => Usage is { Limit: > 0 and var limit } ? 100.0 * Usage.Used / limit : null;

    public async Task OnGetAsync()
    {
        if (await LoadProjectAsync())
        {
            Usage = await SendAsync(new GetProjectUsageQuery(ProjectId));
            Charts = Usage is null ? [] : DeploymentEnvironments.All.Select(environment => UsageChart.For(Usage, environment.ToWireName())).ToList();
        }
    }
}
