using Logtrail.Application.Audit;
using AutoMapper;
using Logtrail.Application.Common.Security;
using Logtrail.Application.Projects;
using Logtrail.Domain.Keys;
using Logtrail.Domain.Tenancy;
using MediatR;

namespace Logtrail.Application.Keys.Commands.CreateKey;

/// <summary>Creates a key for one environment of a project; the response carries the key, once.</summary>
[RequiresAdminToken]
public sealed record CreateKeyCommand(Guid ProjectId, string? Name, string? Environment, string? Type, DateTimeOffset? ExpiresAt)
    : IRequest<CreatedKeyDto>, IAuditedAdminAction<CreatedKeyDto>
{
    public AdminAuditEvent Audit(CreatedKeyDto response) => new(
        "key.created",
        $"key:{response.Id}",
        new Dictionary<string, object?> { ["project_id"] = ProjectId, ["environment"] = response.Environment, ["type"] = response.Type });
}

public sealed class CreateKeyCommandHandler(
    IProjectRepository projects, IApiKeyRepository keys, ApiKeyIssuer issuer, IMapper mapper)
    : IRequestHandler<CreateKeyCommand, CreatedKeyDto>
{
    public async Task<CreatedKeyDto> Handle(CreateKeyCommand request, CancellationToken cancellationToken)
    {
        await projects.GetRequiredAsync(request.ProjectId, cancellationToken);

        var issued = issuer.Issue(
            request.ProjectId,
            request.Name!,
            DeploymentEnvironments.Parse(request.Environment!),
            KeyTypes.Parse(request.Type!),
            request.ExpiresAt);
        await keys.AddAsync(issued.Key, issued.Hash, cancellationToken);
        return mapper.Map<CreatedKeyDto>(issued);
    }
}
