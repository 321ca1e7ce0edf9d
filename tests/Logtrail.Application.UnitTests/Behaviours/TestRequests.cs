using Logtrail.Application.Common.Security;
using Logtrail.Domain.Keys;
using MediatR;

namespace Logtrail.Application.UnitTests.Behaviours;

[RequiresPermission(Permission.LogsWrite)]
public sealed record WriteRequest(params string[] Environments) : IRequest<string>, INamesEnvironments
{
    public IEnumerable<string> NamedEnvironments => Environments;
}

[RequiresAnyApiKey]
public sealed record AnyKeyRequest : IRequest<string>;

[RequiresAdminToken]
public sealed record AdminRequest : IRequest<string>;

public sealed record UndeclaredRequest : IRequest<string>;

[RequiresPermission(Permission.LogsRead)]
public sealed record ReadRequest(params string[] Environments) : IRequest<string>, INamesEnvironments
{
    public IEnumerable<string> NamedEnvironments => Environments;
}
