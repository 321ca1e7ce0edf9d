using System.Text.Json;
using System.Text.Json.Serialization;

namespace Logtrail.Api.Serialization;

/// <summary>The wire conventions of the API: snake_case names, nulls written, timestamps with six fractional digits;
/// numbers only as JSON numbers (<c>{"pageSize":"10"}</c> is refused), body strings only as text PostgreSQL can hold.</summary>
public static class JsonConventions
{
    public static void Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = null;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Add(new Rfc3339MicrosecondConverter());
        options.Converters.Add(new RawJsonConverter());
        options.Converters.Add(new StorableTextConverter());
    }
}
