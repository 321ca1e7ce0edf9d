using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Logtrail.Api.OpenApi;

/// <summary>
/// Types the API serializes with converters of its own (every string, refused when PostgreSQL cannot hold it; every
/// instant, written with six fractional digits) lose their type in the generated schema: this puts it back —
/// <c>string</c>, and <c>string</c> / <c>date-time</c> for instants.
/// </summary>
public sealed class ConvertedPrimitiveSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type == typeof(string))
        {
            schema.Type = (schema.Type ?? 0) | JsonSchemaType.String;
        }
        else if (type == typeof(DateTimeOffset))
        {
            schema.Type = (schema.Type ?? 0) | JsonSchemaType.String;
            schema.Format = "date-time";
        }

        if (context.JsonTypeInfo.Type != type)
        {
            schema.Type |= JsonSchemaType.Null;
        }

        return Task.CompletedTask;
    }
}
