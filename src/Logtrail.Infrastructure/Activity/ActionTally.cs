using Logtrail.Domain.Tenancy;

namespace Logtrail.Infrastructure.Activity;

/// <summary>Which action of which project and environment a tally counts.</summary>
public readonly record struct ActionSlot(Guid ProjectId, DeploymentEnvironment Environment, string Action);

/// <summary>Logs of one action counted since the last flush, with the first and last server time among them.</summary>
public readonly record struct ActionTally(long Count, DateTimeOffset FirstSeen, DateTimeOffset LastSeen)
{
    public ActionTally Add(ActionTally other) =>
        new(Count + other.Count, Min(FirstSeen, other.FirstSeen), Max(LastSeen, other.LastSeen));

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
