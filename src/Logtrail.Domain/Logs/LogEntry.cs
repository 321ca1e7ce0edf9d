using Logtrail.Domain.Tenancy;

namespace Logtrail.Domain.Logs;

/// <summary>
/// A stored log. The JSON objects are kept as their JSON text; <see cref="IsPublic"/> is null when the log did not
/// say. <see cref="Id"/> is a UUIDv7 whose time is <see cref="ServerTimestamp"/>'s millisecond.
/// </summary>
public sealed record LogEntry(
    Guid Id,
    Guid ProjectId,
    DeploymentEnvironment Environment,
    Level Level,
    string Action,
    string? Message,
    IReadOnlyList<string> Tags,
    string? Actor,
    string? Target,
    string? Context,
    string? Metadata,
    DateTimeOffset ClientTimestamp,
    DateTimeOffset ServerTimestamp,
    bool? IsPublic,
    Guid? ApiKeyId);
