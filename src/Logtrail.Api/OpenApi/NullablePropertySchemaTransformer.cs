using System.Reflection;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Logtrail.Api.OpenApi;

/// <summary>
/// A property the service may write as <c>null</c> (a nullable C# type: <c>string?</c>, <c>DateTimeOffset?</c>) is
/// declared nullable, so that a generated client accepts the null instead of failing to deserialize.
/// </summary>
public sealed class NullablePropertySchemaTransformer : IOpenApiSchemaTransformer
{
    private readonly NullabilityInfoContext _nullability = new();

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Properties is not { Count: > 0 } properties)
        {
            return Task.CompletedTask;
        }

        foreach (var property in context.JsonTypeInfo.Properties)
        {
            if (property.AttributeProvider is PropertyInfo info
                && IsNullable(info)
                && properties.TryGetValue(property.Name, out var propertySchema)
                && propertySchema is OpenApiSchema inline)
            {
                inline.Type |= JsonSchemaType.Null;
            }
        }

        return Task.CompletedTask;
    }

    private bool IsNullable(PropertyInfo property)
    {
        lock (_nullability)
        {
            return Nullable.GetUnderlyingType(property.PropertyType) is not null || _nullability.Create(property).ReadState == NullabilityState.Nullable;
        }
    }
}
