using Logtrail.Application.Common.Errors;
using Logtrail.Domain.Keys;

namespace Logtrail.Application.Common.Exceptions;

/// <summary>The key is valid but its type lacks the permission the request needs.</summary>
public sealed class ForbiddenException(Permission missing)
    : LogtrailException(
        ErrorKind.Forbidden,
        ErrorCodes.ScopeMismatch,
        $"This API key does not have the {missing.ToScopeName()} permission.");
