using Microsoft.OpenApi;

namespace Logtrail.Api.OpenApi;

/// <summary>The request bodies of the ingest endpoints, which read their body themselves (no model binding to describe it).</summary>
public static class IngestBodies
{
    /// <summary>The body of a <c>LogsController</c> action, or null when model binding already describes it.</summary>
    public static Func<OpenApiDocument, OpenApiRequestBody>? For(string actionName, string path) => (actionName, path) switch
    {
        ("Ingest", "/api/v1/workspace/logs") => document => Body(document, One(document), "One log."),
        ("BulkIngest", _) => document => Body(document, Many(document), "A JSON array of logs (or NDJSON, one log per line), stored atomically.", ndjson: true),
        ("Validate", _) => document => Body(document, new OpenApiSchema { OneOf = [One(document), Many(document)] }, "One log or an array of logs; nothing is stored."),
        _ => null,
    };

    private static IOpenApiSchema One(OpenApiDocument document) => new OpenApiSchemaReference(ContractSchemas.CreateLogRequest, document);

    private static OpenApiSchema Many(OpenApiDocument document) => new() { Type = JsonSchemaType.Array, Items = One(document) };

    private static OpenApiRequestBody Body(OpenApiDocument document, IOpenApiSchema schema, string description, bool ndjson = false)
    {
        var content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } };
        if (ndjson)
        {
            content["application/x-ndjson"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "One log per line." } };
        }

        return new OpenApiRequestBody { Required = true, Description = description + " Content-Encoding: gzip is accepted.", Content = content };
    }
}
