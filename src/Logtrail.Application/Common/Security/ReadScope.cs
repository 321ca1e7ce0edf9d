using Logtrail.Domain.Tenancy;

namespace Logtrail.Application.Common.Security;

/// <summary>
/// The one project and environment a read is confined to, with the plan whose retention bounds it: a data key's own,
/// or the ones an operator's admin caller names (the console).
/// </summary>
public sealed record ReadScope(Guid ProjectId, DeploymentEnvironment Environment, string PlanCode);
