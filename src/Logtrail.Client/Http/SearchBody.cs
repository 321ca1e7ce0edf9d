using System.Text.Json.Serialization;

namespace Logtrail.Client.Http;

/// <summary>Body of <c>POST /logs/query</c>; the service spells these in camelCase.</summary>
internal sealed record SearchBody(
    [property: JsonPropertyName("query"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Query,
    [property: JsonPropertyName("from"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? From,
    [property: JsonPropertyName("to"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? To,
    [property: JsonPropertyName("action"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Action,
    [property: JsonPropertyName("cursorID"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CursorId,
    [property: JsonPropertyName("cursorTS"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CursorTs,
    [property: JsonPropertyName("pageSize"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? PageSize);
