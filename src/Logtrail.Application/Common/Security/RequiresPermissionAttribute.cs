using Logtrail.Domain.Keys;

namespace Logtrail.Application.Common.Security;

/// <summary>A data-API request that needs a key granting <see cref="Permission"/>.</summary>
public sealed class RequiresPermissionAttribute(Permission permission) : AccessRequirementAttribute
{
    public Permission Permission { get; } = permission;
}
