using Logtrail.Application.Logs;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Logtrail.Api.OpenApi;

/// <summary>Stored JSON (<see cref="RawJson"/>: actor, target, context, metadata) is written as the JSON object itself, or null.</summary>
public sealed class RawJsonSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type == typeof(RawJson) || context.JsonTypeInfo.Type == typeof(RawJson?))
        {
            schema.Type = JsonSchemaType.Object | JsonSchemaType.Null;
            schema.Properties?.Clear();
            schema.Required?.Clear();
            schema.AdditionalPropertiesAllowed = true;
        }

        return Task.CompletedTask;
    }
}
