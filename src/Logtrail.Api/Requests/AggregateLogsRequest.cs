using System.Text.Json.Serialization;

namespace Logtrail.Api.Requests;

/// <summary>Body of <c>POST /logs/aggregate</c>: an LCQL query and window, what to group by, and an optional bucket width.</summary>
public sealed record AggregateLogsRequest(
    [property: JsonPropertyName("query")] string? Query,
    [property: JsonPropertyName("from")] string? From,
    [property: JsonPropertyName("to")] string? To,
    [property: JsonPropertyName("group_by")] IReadOnlyList<string?>? GroupBy,
    [property: JsonPropertyName("interval")] string? Interval);
