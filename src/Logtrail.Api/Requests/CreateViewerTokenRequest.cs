using System.Text.Json.Serialization;

namespace Logtrail.Api.Requests;

/// <summary>Body of <c>POST /activity/tokens</c>: exactly one of <c>actor_id</c> / <c>target_id</c>, and a lifetime.</summary>
public sealed record CreateViewerTokenRequest(
    [property: JsonPropertyName("actor_id")] string? ActorId,
    [property: JsonPropertyName("target_id")] string? TargetId,
    [property: JsonPropertyName("ttl_seconds")] int? TtlSeconds);
