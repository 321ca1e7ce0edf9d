using Logtrail.Domain.Tenancy;

namespace Logtrail.Application.Usage;

/// <summary>Logs acknowledged for one environment of a project on one UTC day.</summary>
public sealed record DailyUsage(DateOnly Date, DeploymentEnvironment Environment, long Count);
