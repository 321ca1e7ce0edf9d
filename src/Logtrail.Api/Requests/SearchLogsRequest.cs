using System.Text.Json.Serialization;

namespace Logtrail.Api.Requests;

/// <summary>Body of <c>POST /logs/query</c> (<c>SearchLogsRequest</c>): the public API spells these in camelCase.</summary>
public sealed record SearchLogsRequest(
    [property: JsonPropertyName("from")] string? From,
    [property: JsonPropertyName("to")] string? To,
    [property: JsonPropertyName("action")] string? Action,
    [property: JsonPropertyName("query")] string? Query,
    [property: JsonPropertyName("cursorID")] string? CursorId,
    [property: JsonPropertyName("cursorTS")] string? CursorTs,
    [property: JsonPropertyName("pageSize")] int? PageSize);
