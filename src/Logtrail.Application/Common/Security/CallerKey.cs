using Logtrail.Domain.Keys;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Application.Common.Security;

/// <summary>
/// The authenticated data-API key behind a request and the workspace it belongs to. Tenant and environment
/// come only from here, never from the request body or URL.
/// </summary>
public sealed record CallerKey(Guid KeyId, string KeyName, DeploymentEnvironment Environment, KeyType Type, KeyWorkspace Workspace)
{
    public Permission Permissions => Type.GrantedPermissions();

    public Guid ProjectId => Workspace.ProjectId;

    /// <summary>What this key may read: its own project and environment under its plan's retention.</summary>
    public ReadScope ReadScope => new(ProjectId, Environment, Workspace.PlanCode);
}
