using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Common.Security;
using Logtrail.Application.Projects.CorsOrigins;
using MediatR;

namespace Logtrail.Application.Projects.Queries.GetCorsOrigins;

/// <summary>The browser origins allowed for the project's viewer tokens (<c>GET /projects/{id}/cors-origins</c>).</summary>
[RequiresAdminToken]
public sealed record GetCorsOriginsQuery(Guid ProjectId) : IRequest<CorsOriginsDto>;

public sealed class GetCorsOriginsQueryHandler(ICorsOriginStore origins) : IRequestHandler<GetCorsOriginsQuery, CorsOriginsDto>
{
    public async Task<CorsOriginsDto> Handle(GetCorsOriginsQuery request, CancellationToken cancellationToken) =>
        new(await origins.GetAsync(request.ProjectId, cancellationToken) ?? throw new NotFoundException("Project"));
}
