using Logtrail.Api.Http;
using Logtrail.Application.Audit;
using Logtrail.Application.Authentication;
using Logtrail.Application.Common.Security;

namespace Logtrail.Api.Authentication;

/// <summary>
/// The caller as the authentication handlers (and, for the console, its session) left it on the current request; outside a request (the recovery command,
/// the start-up bootstrap) the <see cref="LocalOperator"/> of the scope.
/// </summary>
public sealed class HttpCallerContext(IHttpContextAccessor accessor, LocalOperator local) : ICallerContext
{
    public CallerKey? Key => accessor.HttpContext?.Features.Get<CallerKey>();

    public AdminActor? AdminActor => accessor.HttpContext is { } http
        ? http.Features.Get<AdminToken>() is { } token ? AdminActor.Token(token.Id) : null
        : local.Actor;

    public ReadScope? AdminReadScope => accessor.HttpContext?.Features.Get<ReadScope>();

    public string? ClientAddress => ClientAddresses.Describe(accessor.HttpContext?.Connection.RemoteIpAddress);
}
