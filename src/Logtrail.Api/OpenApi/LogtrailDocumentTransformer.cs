using Logtrail.Api.Authentication;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Logtrail.Api.OpenApi;

/// <summary>
/// Makes the generated document the service's contract: its title and version, the three ways to authenticate, an
/// operation id per endpoint, the request bodies the ingest endpoints parse themselves, and every error response
/// with the error schema — so that a client generated from it with default settings reads every answer.
/// </summary>
public sealed class LogtrailDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string Title = "Logtrail Workspace API";
    public const string Version = "1.1.0";
    public const string ApiKeyHeaderScheme = "ApiKeyAuth";
    public const string ApiKeyAuthorizationScheme = "ApiKeyAuthorization";
    public const string AdminBearerScheme = "AdminBearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = Title,
            Version = Version,
            Description = "Ingest and query structured logs and audit trails with an API key (data API, /api/v1/workspace), "
                          + "and run the deployment with an admin token (admin API, /api/v1/admin). Errors share one body; "
                          + "on the data API error_code is always one of the documented codes.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = SecuritySchemes();
        ContractSchemas.AddTo(document);

        var actions = context.DescriptionGroups.SelectMany(group => group.Items)
            .Where(description => description.HttpMethod is not null)
            .ToDictionary(description => (PathOf(description.RelativePath), description.HttpMethod!.ToUpperInvariant()));
        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                if (actions.TryGetValue((path, method.Method.ToUpperInvariant()), out var description)
                    && description.ActionDescriptor is ControllerActionDescriptor action)
                {
                    Describe(document, path, method.Method.ToUpperInvariant(), operation, action);
                }
            }
        }

        return Task.CompletedTask;
    }

    private static void Describe(OpenApiDocument document, string path, string method, OpenApiOperation operation, ControllerActionDescriptor action)
    {
        var isAdmin = path.StartsWith("/api/v1/admin", StringComparison.Ordinal);
        operation.OperationId = (isAdmin ? "Admin" : "") + action.ControllerName + action.ActionName;
        operation.Security = isAdmin
            ? [Requirement(document, AdminBearerScheme)]
            : [Requirement(document, ApiKeyHeaderScheme), Requirement(document, ApiKeyAuthorizationScheme)];
        if (IngestBodies.For(action.ActionName, path) is { } body && action.ControllerName == "Logs")
        {
            operation.RequestBody = body(document);
        }

        ErrorResponses.AddTo(document, operation, isAdmin, method, path);
    }

    private static OpenApiSecurityRequirement Requirement(OpenApiDocument document, string scheme) =>
        new() { [new OpenApiSecuritySchemeReference(scheme, document)] = [] };

    private static Dictionary<string, IOpenApiSecurityScheme> SecuritySchemes() => new()
    {
        [ApiKeyHeaderScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = PresentedApiKey.HeaderName,
            Description = "A workspace key, lt_{environment}_{type}_{secret}.",
        },
        [ApiKeyAuthorizationScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "Authorization",
            Description = "The same key as 'Authorization: ApiKey <key>' (scheme in any case).",
        },
        [AdminBearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An admin token, lt_admin_{secret}, for the admin API only.",
        },
    };

    /// <summary>A route template as the document writes its path: leading slash, no route constraints.</summary>
    private static string PathOf(string? template) =>
        "/" + System.Text.RegularExpressions.Regex.Replace(template ?? "", @"\{([^}:]+)(:[^}]*)?\}", "{$1}");
}
