using Logtrail.Application.Activity;
using Logtrail.Application.Common.Paging;
using Logtrail.Domain.Lcql;
using Logtrail.Domain.Logs;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Application.Logs;

/// <summary>
/// What a page of logs is drawn from. <see cref="After"/> is the keyset cursor: only entries strictly after it in
/// the read order. Text filters are case-insensitive partial matches; <see cref="ActionIs"/> is an exact action.
/// <see cref="Query"/> is a checked LCQL query; <see cref="Activity"/> keeps only public logs (activity feeds).
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
    PageCursor? After,
    int Limit,
    LcqlQuery? Query = null,
    string? ActionIs = null,
    ActivityFilter? Activity = null)
{
    /// <summary>The newest <paramref name="limit"/> logs of a project and environment still within retention, unfiltered.</summary>
    public static LogFilter Newest(Guid projectId, DeploymentEnvironment environment, DateTimeOffset notBefore, int limit) =>
        new(projectId, environment, notBefore, null, null, null, null, [], [], null, limit);
}
