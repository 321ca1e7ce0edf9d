using Logtrail.Domain.Plans;

namespace Logtrail.Application.Common.Security;

public static class PlanCatalogExtensions
{
    /// <summary>The plan of the key's project, as of the key lookup (a plan change reaches it on the next request).</summary>
    public static Plan For(this PlanCatalog plans, CallerKey key) => plans.Get(key.Workspace.PlanCode);
}
