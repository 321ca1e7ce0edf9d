using Logtrail.Domain.Keys;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Application.Common.Security;

/// <summary>
/// The authenticated data-API key behind a request and the workspace it belongs to. Tenant and environment
/// come only from here, never from the request body or URL.
/// A viewer token's caller is its minting key with <see cref="Viewer"/> set.
/// </summary>
public sealed record CallerKey(Guid KeyId, string KeyName, DeploymentEnvironment Environment, KeyType Type, KeyWorkspace Workspace)
{
    /// <summary>
    /// Set when the caller presented a viewer token minted by this key rather than the key itself: it may only read
    /// the bound activity (requests marked <see cref="AcceptsViewerTokensAttribute"/>) and holds no permission.
    /// </summary>
    public ViewerBinding? Viewer { get; init; }

    public Permission Permissions => Viewer is null ? Type.GrantedPermissions() : Permission.None;

    public Guid ProjectId => Workspace.ProjectId;

    /// <summary>What this key may read: its own project and environment under its plan's retention.</summary>
    public ReadScope ReadScope => new(ProjectId, Environment, Workspace.PlanCode);
}
