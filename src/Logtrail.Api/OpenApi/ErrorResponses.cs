using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Logtrail.Api.OpenApi;

/// <summary>
/// Every error an operation can answer, each with the error schema and an example, so that a generated client
/// reads an error body instead of failing on an undeclared status. 429 and 503 also declare <c>Retry-After</c>.
/// </summary>
public static class ErrorResponses
{
    public static void AddTo(OpenApiDocument document, OpenApiOperation operation, bool isAdmin, string method, string path)
    {
        operation.Responses ??= new OpenApiResponses();
        var schema = isAdmin ? ContractSchemas.AdminErrorResponse : ContractSchemas.ErrorResponse;
        var takesBody = method is "POST" or "PUT" or "PATCH";
        foreach (var (status, description, code, example) in Statuses(isAdmin, takesBody, path))
        {
            operation.Responses.TryAdd(status, Response(document, schema, status, description, code, example));
        }
    }

    private static IEnumerable<(string Status, string Description, string ErrorCode, string Message)> Statuses(bool isAdmin, bool takesBody, string path)
    {
        yield return ("400", "Bad request: invalid input, JSON or query.", "VALIDATION_FAILED", "'pageSize' must be 10 to 100.");
        yield return ("401", "No valid credential.", isAdmin ? "AUTH_INVALID_API_KEY" : "AUTH_MISSING_API_KEY", "No API key was given.");
        if (!isAdmin)
        {
            yield return ("403", "The key lacks the permission, or names another environment (details.reason environment_mismatch).",
                "AUTH_API_KEY_SCOPE_MISMATCH", "This API key does not have the logs:read permission.");
        }

        yield return ("404", "No such resource here.", isAdmin ? "NOT_FOUND" : path.Contains("{id}", StringComparison.Ordinal) ? "LOG_NOT_FOUND" : "VALIDATION_INVALID_REQUEST", "Log was not found.");
        if (takesBody)
        {
            yield return ("409", "Conflict (an Idempotency-Key reused or still in progress; a revoked key rotated).",
                isAdmin ? "KEY_REVOKED" : "VALIDATION_INVALID_REQUEST", "This Idempotency-Key was used with a different request body.");
            yield return ("413", "The body is larger than the endpoint accepts.", "VALIDATION_INVALID_REQUEST", "The request body is larger than this endpoint accepts.");
            yield return ("415", "The body is not application/json.", "VALIDATION_INVALID_CONTENT_TYPE", "The request body must be application/json.");
        }

        if (!isAdmin)
        {
            yield return ("429", "Rate limit or monthly quota exceeded; retry after Retry-After.", "RATE_LIMIT_PLAN_EXCEEDED",
                "This API key has used its plan's 1000 requests per minute; retry after the Retry-After delay.");
        }

        yield return ("500", "An internal error; quote request_id.", "INTERNAL_SERVER_ERROR", "An internal error occurred. Quote the request_id when reporting it.");
        yield return ("503", "The database is unavailable; retry after Retry-After.", "INTERNAL_LOG_SERVICE_ERROR",
            "The log service cannot reach its database right now; retry after the Retry-After delay.");
    }

    private static OpenApiResponse Response(OpenApiDocument document, string schema, string status, string description, string errorCode, string message)
    {
        var response = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new()
                {
                    Schema = new OpenApiSchemaReference(schema, document),
                    Example = new JsonObject
                    {
                        ["error_code"] = errorCode,
                        ["message"] = message,
                        ["request_id"] = "01a22d8c-c3df-7e0c-9f99-668661abf09b",
                        ["details"] = new JsonObject(),
                        ["error"] = new JsonObject { ["type"] = "invalid_request_error", ["code"] = "invalid_request", ["message"] = message, ["param"] = null },
                    },
                },
            },
        };
        if (status is "429" or "503")
        {
            response.Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader { Description = "Seconds to wait before retrying.", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } },
            };
        }

        return response;
    }
}
