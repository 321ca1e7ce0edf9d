using Logtrail.Domain.Lcql;
using Logtrail.Domain.Logs;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Application.Logs;

/// <summary>
/// What a page of logs is drawn from. <see cref="After"/> is the keyset cursor: only entries strictly after it in
/// the read order. Text filters are case-insensitive partial matches. <see cref="Query"/> is a checked LCQL query.
/// </summary>
public sealed record LogFilter(
    Guid ProjectId,
    DeploymentEnvironment Environment,
    DateTimeOffset NotBefore,
    DateTimeOffset? From,
    DateTimeOffset? To,
    string? ActionContains,
    string? MessageContains,
    IReadOnlyList<Level> Levels,
    IReadOnlyList<string> Tags,
    LogCursor? After,
    int Limit,
    LcqlQuery? Query = null);

/// <summary>A position in the read order: the last entry's server timestamp and id.</summary>
public sealed record LogCursor(DateTimeOffset ServerTimestamp, Guid Id);
