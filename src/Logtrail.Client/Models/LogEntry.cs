using System.Text.Json.Nodes;

namespace Logtrail.Client;

/// <summary>A stored log as the service returns it.</summary>
public sealed class LogEntry
{
    /// <summary>Time-ordered id (UUIDv7).</summary>
    public Guid Id { get; init; }

    /// <summary>The environment of the key that ingested it.</summary>
    public string Environment { get; init; } = "";

    /// <summary>The severity.</summary>
    public LogtrailLevel Level { get; init; }

    /// <summary>What happened.</summary>
    public string Action { get; init; } = "";

    /// <summary>Human-readable text, if any.</summary>
    public string? Message { get; init; }

    /// <summary>Labels.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Who did it.</summary>
    public JsonObject? Actor { get; init; }

    /// <summary>What it was done to.</summary>
    public JsonObject? Target { get; init; }

    /// <summary>Where it happened.</summary>
    public JsonObject? Context { get; init; }

    /// <summary>Other structured data.</summary>
    public JsonObject? Metadata { get; init; }

    /// <summary>When the client says it happened.</summary>
    public DateTimeOffset ClientTimestamp { get; init; }

    /// <summary>When the service stored it; the order of reads.</summary>
    public DateTimeOffset ServerTimestamp { get; init; }

    /// <summary>What the log said about appearing in activity feeds (null: it did not say).</summary>
    public bool? IsPublic { get; init; }

    /// <summary>The key that ingested it.</summary>
    public Guid? ApiKeyId { get; init; }
}
