using Logtrail.Application.Common.Security;
using Logtrail.Domain.Keys;
using MediatR;

namespace Logtrail.Application.Usage.Queries.GetUsage;

/// <summary>The calling key's project usage this month: exact, every acknowledged log counted at once.</summary>
[RequiresPermission(Permission.LogsRead)]
public sealed record GetUsageQuery : IRequest<UsageDto>;

public sealed class GetUsageQueryHandler(ICallerContext caller, MonthlyUsageReader usage) : IRequestHandler<GetUsageQuery, UsageDto>
{
    public async Task<UsageDto> Handle(GetUsageQuery request, CancellationToken cancellationToken)
    {
        var workspace = caller.RequireKey().Workspace;
        var monthly = await usage.ReadAsync(workspace.ProjectId, workspace.PlanCode, TimeSpan.Zero, cancellationToken);
        return new UsageDto(
            monthly.Limit is null, monthly.Used, monthly.Limit, monthly.Remaining, monthly.Period.Start, monthly.Period.End, monthly.ResetsAt, workspace.PlanCode);
    }
}
