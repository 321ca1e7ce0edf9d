using Logtrail.Application.Common.Errors;

namespace Logtrail.Application.Common.Exceptions;

/// <summary>The resource is in a state that does not allow the request (e.g. rotating a revoked key).</summary>
public sealed class ConflictException(string errorCode, string message)
    : LogtrailException(ErrorKind.Conflict, errorCode, message);
