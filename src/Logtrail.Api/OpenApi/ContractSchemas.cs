using System.Text.Json.Nodes;
using Logtrail.Domain.Logs;
using Logtrail.Domain.Tenancy;
using Microsoft.OpenApi;

namespace Logtrail.Api.OpenApi;

/// <summary>
/// The schemas the document declares by hand: the error body (with the official <c>error_code</c> enum on the data
/// API, a free string on the admin API) and <c>CreateLogRequest</c>, which ingest endpoints read with their own
/// parser rather than through model binding.
/// </summary>
public static class ContractSchemas
{
    public const string ErrorResponse = "ErrorResponse";
    public const string AdminErrorResponse = "AdminErrorResponse";
    public const string ErrorObject = "ErrorObject";
    public const string CreateLogRequest = "CreateLogRequest";
    public const string BulkIngestResult = "BulkIngestResult";

    /// <summary>The public document's <c>error_code</c> enum: the only values the data API answers with.</summary>
    public static IReadOnlyList<string> OfficialErrorCodes { get; } =
    [
        "AUTH_MISSING_API_KEY", "AUTH_INVALID_API_KEY", "AUTH_API_KEY_EXPIRED", "AUTH_CONTEXT_MISSING", "AUTH_API_KEY_SCOPE_MISMATCH",
        "RATE_LIMIT_IP_EXCEEDED", "RATE_LIMIT_PLAN_EXCEEDED", "RATE_LIMIT_VALIDATE_EXCEEDED", "QUOTA_MONTHLY_LOG_LIMIT_EXCEEDED",
        "VALIDATION_INVALID_REQUEST", "VALIDATION_INVALID_CONTENT_TYPE", "VALIDATION_EMPTY_BODY", "VALIDATION_INVALID_JSON",
        "VALIDATION_INVALID_ENVIRONMENT", "VALIDATION_FAILED", "VALIDATION_BULK_LIMIT_EXCEEDED", "VALIDATION_QUERY_INVALID",
        "VALIDATION_QUERY_SYNTAX", "VALIDATION_QUERY_TIME_RANGE", "VALIDATION_QUERY_CONSTRAINT", "LOG_NOT_FOUND", "INTERNAL_AUTH_ERROR",
        "INTERNAL_LOG_SERVICE_ERROR", "INTERNAL_SERVER_ERROR",
    ];

    public static void AddTo(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        var schemas = document.Components.Schemas;
        schemas[ErrorObject] = Error();
        schemas[ErrorResponse] = ErrorBody(document, OfficialErrorCodes, "The error body of the data API: error_code is always one of the official codes.");
        schemas[AdminErrorResponse] = ErrorBody(document, null, "The error body of the admin API, which has codes of its own (NOT_FOUND, KEY_REVOKED, …).");
        schemas[CreateLogRequest] = Log();
        schemas[BulkIngestResult] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Required = new HashSet<string> { "ingested", "ids" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["ingested"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                ["ids"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid" } },
            },
        };
    }

    private static OpenApiSchema ErrorBody(OpenApiDocument document, IReadOnlyList<string>? codes, string description) => new()
    {
        Type = JsonSchemaType.Object,
        Description = description,
        Required = new HashSet<string> { "error_code", "message", "request_id", "details", "error" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["error_code"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = codes?.Select(code => (JsonNode)JsonValue.Create(code)).ToList(),
                Examples = [JsonValue.Create("VALIDATION_FAILED")],
            },
            ["message"] = new OpenApiSchema { Type = JsonSchemaType.String, Examples = [JsonValue.Create("'level' must be one of trace, debug, info, warn, error, fatal.")] },
            ["request_id"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid" },
            ["details"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                AdditionalPropertiesAllowed = true,
                Description = "errors: [{field, message, log_index}] for validation failures (plus position for LCQL); position for LCQL syntax errors; reason for the finer meaning of the code.",
            },
            ["error"] = new OpenApiSchemaReference(ErrorObject, document),
        },
    };

    private static OpenApiSchema Error() => new()
    {
        Type = JsonSchemaType.Object,
        Required = new HashSet<string> { "type", "code", "message" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Examples = [JsonValue.Create("invalid_request_error")] },
            ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Examples = [JsonValue.Create("invalid_request")] },
            ["message"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["param"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
        },
    };

    private static OpenApiSchema Log() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "One log. Unknown top-level fields are ignored (and reported as warnings by /logs/validate).",
        Required = new HashSet<string> { "action", "level", "clientTimestamp" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["action"] = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = 128 },
            ["level"] = Enumeration(Levels.WireNames),
            ["clientTimestamp"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time", Description = "RFC 3339, at most 24 h ahead; client_timestamp is accepted too." },
            ["message"] = Optional(new OpenApiSchema { Type = JsonSchemaType.String }),
            ["tags"] = Optional(new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = 64 } }),
            ["actor"] = Optional(JsonObject()),
            ["target"] = Optional(JsonObject()),
            ["context"] = Optional(JsonObject()),
            ["metadata"] = Optional(JsonObject()),
            ["environment"] = Optional(Enumeration(DeploymentEnvironments.All.Select(environment => environment.ToWireName()))),
            ["is_public"] = Optional(new OpenApiSchema { Type = JsonSchemaType.Boolean }),
        },
        Examples =
        [
            new JsonObject
            {
                ["action"] = "user.login",
                ["level"] = "info",
                ["message"] = "User logged in",
                ["clientTimestamp"] = "2026-11-23T10:00:00Z",
                ["actor"] = new JsonObject { ["id"] = "user_123", ["email"] = "alex@example.com" },
                ["tags"] = new JsonArray("auth"),
            },
        ],
    };

    /// <summary>A JSON object of any content, as stored.</summary>
    public static OpenApiSchema JsonObject() => new() { Type = JsonSchemaType.Object, AdditionalPropertiesAllowed = true };

    /// <summary>
    /// An optional field is also nullable, so that a generated client leaves it out when unset instead of sending its
    /// type's default (an enum's first member would name an environment).
    /// </summary>
    private static OpenApiSchema Optional(OpenApiSchema schema)
    {
        schema.Type |= JsonSchemaType.Null;
        return schema;
    }

    private static OpenApiSchema Enumeration(IEnumerable<string> values) => new()
    {
        Type = JsonSchemaType.String,
        Enum = values.Select(value => (JsonNode)JsonValue.Create(value)).ToList(),
    };
}
