namespace Logtrail.Application.Activity;

/// <summary>
/// One row of the action catalog (SPEC §7): what the project has seen of an action in one environment and what was
/// decided about it. <see cref="Environment"/> is null for an action configured but never seen, and in the summary
/// across environments that saving an action returns.
/// </summary>
public sealed record ActionCatalogEntry(
    string Action,
    string? Environment,
    long Count,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen,
    bool IsPublic,
    string? Template,
    string? Description);
