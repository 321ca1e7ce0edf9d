using AutoMapper;
using Logtrail.Application.Common.Security;
using Logtrail.Application.Projects;
using Logtrail.Domain.Tenancy;
using MediatR;

namespace Logtrail.Application.Keys.Queries.ListKeys;

/// <summary>A project's keys, optionally of one environment; revoked ones only when asked for.</summary>
[RequiresAdminToken]
public sealed record ListKeysQuery(Guid ProjectId, string? Environment, bool IncludeRevoked) : IRequest<IReadOnlyList<KeyDto>>;

public sealed class ListKeysQueryHandler(IProjectRepository projects, IApiKeyRepository keys, IMapper mapper)
    : IRequestHandler<ListKeysQuery, IReadOnlyList<KeyDto>>
{
    public async Task<IReadOnlyList<KeyDto>> Handle(ListKeysQuery request, CancellationToken cancellationToken)
    {
        await projects.GetRequiredAsync(request.ProjectId, cancellationToken);

        var environment = request.Environment is null ? (DeploymentEnvironment?)null : DeploymentEnvironments.Parse(request.Environment);
        var found = await keys.ListAsync(request.ProjectId, environment, request.IncludeRevoked, cancellationToken);
        return mapper.Map<IReadOnlyList<KeyDto>>(found);
    }
}
