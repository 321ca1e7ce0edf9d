using AutoMapper;
using Logtrail.Application.Audit;
using Logtrail.Application.Authentication;
using Logtrail.Application.Common.Security;
using MediatR;

namespace Logtrail.Application.AdminTokens.Commands.CreateAdminToken;

/// <summary>Creates an admin token (<c>POST /admin/tokens</c>, or the recovery command); the response is the only place its secret appears.</summary>
[RequiresAdminToken]
public sealed record CreateAdminTokenCommand(string? Name, DateTimeOffset? ExpiresAt)
    : IRequest<CreatedAdminTokenDto>, IAuditedAdminAction<CreatedAdminTokenDto>
{
    public AdminAuditEvent Audit(CreatedAdminTokenDto response) => new(
        "admin_token.created", $"admin_token:{response.Id}", new Dictionary<string, object?> { ["name"] = response.Name });
}

public sealed class CreateAdminTokenCommandHandler(IAdminTokenRepository tokens, AdminTokenIssuer issuer, IMapper mapper)
    : IRequestHandler<CreateAdminTokenCommand, CreatedAdminTokenDto>
{
    public async Task<CreatedAdminTokenDto> Handle(CreateAdminTokenCommand request, CancellationToken cancellationToken)
    {
        var issued = issuer.Issue(request.Name!, request.ExpiresAt);
        await tokens.AddAsync(issued.Token, cancellationToken);
        return mapper.Map<CreatedAdminTokenDto>(issued);
    }
}
