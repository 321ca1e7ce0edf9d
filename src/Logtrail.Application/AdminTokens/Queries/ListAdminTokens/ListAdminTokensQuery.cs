using AutoMapper;
using Logtrail.Application.Authentication;
using Logtrail.Application.Common.Security;
using MediatR;

namespace Logtrail.Application.AdminTokens.Queries.ListAdminTokens;

/// <summary>Every admin token, revoked and expired ones too (a short list), oldest first; never a secret.</summary>
[RequiresAdminToken]
public sealed record ListAdminTokensQuery : IRequest<IReadOnlyList<AdminTokenDto>>;

public sealed class ListAdminTokensQueryHandler(IAdminTokenRepository tokens, IMapper mapper)
    : IRequestHandler<ListAdminTokensQuery, IReadOnlyList<AdminTokenDto>>
{
    public async Task<IReadOnlyList<AdminTokenDto>> Handle(ListAdminTokensQuery request, CancellationToken cancellationToken) =>
        mapper.Map<IReadOnlyList<AdminTokenDto>>(await tokens.ListAsync(cancellationToken));
}
