using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Logtrail.Api.OpenApi;

/// <summary>
/// A property left out when null (<c>[JsonIgnore(Condition = WhenWritingNull)]</c>, e.g. <c>limit</c> on an unlimited
/// plan) is not <c>required</c>: a generated client must accept its absence.
/// </summary>
public sealed class OmittedWhenNullSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Required is not { Count: > 0 } required)
        {
            return Task.CompletedTask;
        }

        foreach (var property in context.JsonTypeInfo.Properties)
        {
            var ignore = property.AttributeProvider?.GetCustomAttributes(typeof(JsonIgnoreAttribute), inherit: true)
                .OfType<JsonIgnoreAttribute>()
                .FirstOrDefault();
            if (ignore?.Condition == JsonIgnoreCondition.WhenWritingNull)
            {
                required.Remove(property.Name);
            }
        }

        return Task.CompletedTask;
    }
}
