namespace Logtrail.Application.Common.Security;

/// <summary>A data-API request that any valid key may send, whatever its type (e.g. <c>GET /info</c>).</summary>
public sealed class RequiresAnyApiKeyAttribute : AccessRequirementAttribute;
