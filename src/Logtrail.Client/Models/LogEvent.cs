using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Logtrail.Client;

/// <summary>One log to ingest (the service's <c>CreateLogRequest</c>).</summary>
public sealed class LogEvent
{
    /// <summary>A log of <paramref name="action"/> at <paramref name="level"/>, stamped now.</summary>
    public LogEvent(string action, LogtrailLevel level)
    {
        Action = action;
        Level = level;
    }

    /// <summary>What happened, 1–128 characters, e.g. <c>user.login</c>.</summary>
    [JsonPropertyName("action")]
    public string Action { get; set; }

    /// <summary>The severity.</summary>
    [JsonPropertyName("level")]
    public LogtrailLevel Level { get; set; }

    /// <summary>When it happened on the client; at most 24 h ahead of the service's clock. Default: now.</summary>
    [JsonPropertyName("client_timestamp")]
    [JsonConverter(typeof(Rfc3339Converter))]
    public DateTimeOffset ClientTimestamp { get; set; } = DateTimeOffset.UtcNow;

    /// <summary>Human-readable text.</summary>
    [JsonPropertyName("message")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Message { get; set; }

    /// <summary>Short labels (each 1–64 characters), at most the plan's number of tags.</summary>
    [JsonPropertyName("tags")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IList<string>? Tags { get; set; }

    /// <summary>Who did it, e.g. <c>{"id": "u1", "name": "Ada"}</c>.</summary>
    [JsonPropertyName("actor")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonObject? Actor { get; set; }

    /// <summary>What it was done to.</summary>
    [JsonPropertyName("target")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonObject? Target { get; set; }

    /// <summary>Where it happened: request, host, scopes.</summary>
    [JsonPropertyName("context")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonObject? Context { get; set; }

    /// <summary>Any other structured data.</summary>
    [JsonPropertyName("metadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonObject? Metadata { get; set; }

    /// <summary>Optional; when given it must be the key's environment.</summary>
    [JsonPropertyName("environment")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Environment { get; set; }

    /// <summary>Whether the log appears in activity feeds; null leaves it to the action catalog.</summary>
    [JsonPropertyName("is_public")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? IsPublic { get; set; }
}
