namespace Logtrail.Application.Logs;

/// <summary>The contract's <c>LogEntry</c>, plus <c>is_public</c> and <c>api_key_id</c> (SPEC §4).</summary>
public sealed record LogEntryDto(
    Guid Id,
    string Environment,
    string Level,
    string Action,
    string? Message,
    IReadOnlyList<string> Tags,
    RawJson? Actor,
    RawJson? Target,
    RawJson? Context,
    RawJson? Metadata,
    DateTimeOffset ClientTimestamp,
    DateTimeOffset ServerTimestamp,
    bool? IsPublic,
    Guid? ApiKeyId);
