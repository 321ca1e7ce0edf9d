using Logtrail.Application.Audit;
using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Common.Security;
using Logtrail.Application.Projects.CorsOrigins;
using MediatR;

namespace Logtrail.Application.Projects.Commands.SetCorsOrigins;

/// <summary>
/// Replaces the browser origins allowed to call <c>GET /activity</c> with the project's viewer tokens
/// (<c>PUT /projects/{id}/cors-origins</c>); stored normalised, without repeats. Audited.
/// </summary>
[RequiresAdminToken]
public sealed record SetCorsOriginsCommand(Guid ProjectId, IReadOnlyList<string?>? Origins) : IRequest<CorsOriginsDto>, IAuditedAdminAction<CorsOriginsDto>
{
    public const int MaxOrigins = 100;

    public AdminAuditEvent Audit(CorsOriginsDto response) =>
        new("project.cors_origins_changed", $"project:{ProjectId}", new Dictionary<string, object?> { ["origins"] = response.Origins });
}

public sealed class SetCorsOriginsCommandHandler(ICorsOriginStore origins) : IRequestHandler<SetCorsOriginsCommand, CorsOriginsDto>
{
    public async Task<CorsOriginsDto> Handle(SetCorsOriginsCommand request, CancellationToken cancellationToken)
    {
        var normalized = (request.Origins ?? [])
            .Select(text => BrowserOrigin.TryNormalize(text, out var origin) ? origin : throw new FormatException(text))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return await origins.SetAsync(request.ProjectId, normalized, cancellationToken)
            ? new CorsOriginsDto(normalized)
            : throw new NotFoundException("Project");
    }
}
