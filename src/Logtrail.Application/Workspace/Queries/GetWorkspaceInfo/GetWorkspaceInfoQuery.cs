using Logtrail.Application.Common.Security;
using Logtrail.Application.Usage;
using Logtrail.Domain.Keys;
using Logtrail.Domain.Plans;
using Logtrail.Domain.Tenancy;
using MediatR;

namespace Logtrail.Application.Workspace.Queries.GetWorkspaceInfo;

/// <summary>
/// Who the calling key is and what its workspace allows (SPEC §4 <c>GET /info</c>). Served from the key
/// lookup and a usage figure at most <see cref="UsageStaleness"/> old, so it costs no database round trip
/// on a warm instance.
/// </summary>
[RequiresAnyApiKey]
public sealed record GetWorkspaceInfoQuery : IRequest<WorkspaceInfoDto>
{
    public static readonly TimeSpan UsageStaleness = TimeSpan.FromSeconds(1);
}

public sealed class GetWorkspaceInfoQueryHandler(ICallerContext caller, MonthlyUsageReader usage, PlanCatalog plans)
    : IRequestHandler<GetWorkspaceInfoQuery, WorkspaceInfoDto>
{
    public async Task<WorkspaceInfoDto> Handle(GetWorkspaceInfoQuery request, CancellationToken cancellationToken)
    {
        var key = caller.RequireKey();
        var workspace = key.Workspace;
        var plan = plans.For(key);
        var monthly = await usage.ReadAsync(workspace.ProjectId, workspace.PlanCode, GetWorkspaceInfoQuery.UsageStaleness, cancellationToken);
        string[] environments = [key.Environment.ToWireName()];

        return new WorkspaceInfoDto(
            new NamedRef(workspace.OrganizationId, workspace.OrganizationName),
            new NamedRef(workspace.ProjectId, workspace.ProjectName),
            new ApiKeyInfo(key.KeyId, key.KeyName, key.Permissions.ToScopeNames(), environments),
            new PlanInfo(plan.Code, plan.Name, plan.LogsPerMonth is null, plan.LogsPerMonth, plan.RetentionDays, plan.MaxBatchSize, plan.MaxLogSizeBytes),
            new UsageInfo(monthly.Used, monthly.Limit, monthly.Remaining, monthly.Period.Start, monthly.Period.End, monthly.ResetsAt),
            new IngestionInfo(environments, environments[0]));
    }
}
