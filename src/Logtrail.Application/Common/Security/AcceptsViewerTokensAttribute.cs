namespace Logtrail.Application.Common.Security;

/// <summary>
/// Marks the one kind of request a viewer token may send (reading bound activity). Any other request from a viewer
/// token is 403 AUTH_API_KEY_SCOPE_MISMATCH, whatever its access requirement.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AcceptsViewerTokensAttribute : Attribute;
