using Logtrail.Application.Common.Errors;

namespace Logtrail.Application.Common.Exceptions;

/// <summary>A viewer token used on anything but reading its bound activity: 403 AUTH_API_KEY_SCOPE_MISMATCH.</summary>
public sealed class ViewerTokenScopeException()
    : LogtrailException(ErrorKind.Forbidden, ErrorCodes.ScopeMismatch, "A viewer token may only read its activity feed (GET /activity).")
{
    public override IReadOnlyDictionary<string, object?> Details { get; } =
        new Dictionary<string, object?> { ["reason"] = "viewer_token_scope" };
}
