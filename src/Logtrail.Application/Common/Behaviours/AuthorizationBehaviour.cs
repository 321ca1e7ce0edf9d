using Logtrail.Application.Common.Errors;
using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Common.Security;
using Logtrail.Domain.Keys;
using Logtrail.Domain.Tenancy;
using MediatR;

namespace Logtrail.Application.Common.Behaviours;

/// <summary>
/// Enforces the request's <see cref="AccessRequirementAttribute"/>: the permission first, then every environment
/// the request names (SPEC §3's order). Runs before validation, so a caller without permission learns nothing
/// about payload rules. A read (<see cref="Permission.LogsRead"/>) is also open to an admin caller that names the
/// project and environment it reads (the console); writes need a key.
/// A viewer token passes only on requests marked <see cref="AcceptsViewerTokensAttribute"/> (its
/// binding, project and environment are applied by their handlers); anywhere else it is refused.
/// </summary>
public sealed class AuthorizationBehaviour<TRequest, TResponse>(ICallerContext caller) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool AcceptsViewerTokens = typeof(TRequest).IsDefined(typeof(AcceptsViewerTokensAttribute), inherit: false);

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (caller.Key?.Viewer is not null)
        {
            return AcceptsViewerTokens ? next() : throw new ViewerTokenScopeException();
        }

        switch (AccessRequirements.Of<TRequest>())
        {
            case RequiresAdminTokenAttribute:
                if (caller.AdminActor is null)
                {
                    throw new UnauthenticatedException(ErrorCodes.MissingApiKey, "This endpoint needs an admin token.");
                }

                break;
            case RequiresAnyApiKeyAttribute:
                AuthorizeEnvironments(request, RequireCallerKey().Environment);
                break;
            case RequiresPermissionAttribute { Permission: Permission.LogsRead } when AdminReader() is { } scope:
                AuthorizeEnvironments(request, scope.Environment);
                break;
            case RequiresPermissionAttribute { Permission: var permission }:
                var key = RequireCallerKey();
                if (!key.Permissions.HasFlag(permission))
                {
                    throw new ForbiddenException(permission);
                }

                AuthorizeEnvironments(request, key.Environment);
                break;
            default:
                throw new InvalidOperationException(
                    $"{typeof(TRequest).Name} declares no access requirement; every request type must carry one.");
        }

        return next();
    }

    /// <summary>The scope of an admin caller without a key that names a project and environment, if this is one.</summary>
    private ReadScope? AdminReader() =>
        caller is { Key: null, AdminActor: not null, AdminReadScope: { } scope } ? scope : null;

    private CallerKey RequireCallerKey() =>
        caller.Key ?? throw new UnauthenticatedException(ErrorCodes.MissingApiKey, "This endpoint needs an API key.");

    private static void AuthorizeEnvironments(TRequest request, DeploymentEnvironment allowed)
    {
        if (request is not INamesEnvironments namer)
        {
            return;
        }

        foreach (var name in namer.NamedEnvironments)
        {
            if (!DeploymentEnvironments.TryParse(name, out var environment))
            {
                throw new InvalidEnvironmentException(name);
            }

            if (environment != allowed)
            {
                throw new EnvironmentMismatchException(environment.Value, allowed);
            }
        }
    }
}
