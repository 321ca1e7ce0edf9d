using Logtrail.Api.Http;
using Logtrail.Application.Authentication;
using Logtrail.Application.Common.Security;

namespace Logtrail.Api.Authentication;

/// <summary>The caller as the authentication handlers left it on the current request.</summary>
public sealed class HttpCallerContext(IHttpContextAccessor accessor) : ICallerContext
{
    public CallerKey? Key => accessor.HttpContext?.Features.Get<CallerKey>();

    public Guid? AdminTokenId => accessor.HttpContext?.Features.Get<AdminToken>()?.Id;

    public string? ClientAddress => ClientAddresses.Describe(accessor.HttpContext?.Connection.RemoteIpAddress);
}
