namespace Logtrail.Application.Common.Security;

/// <summary>An admin-API request: only an operator's admin token may send it (SPEC §8).</summary>
public sealed class RequiresAdminTokenAttribute : AccessRequirementAttribute;
