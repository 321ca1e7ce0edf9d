using Logtrail.Application.Common.Errors;

namespace Logtrail.Application.Common.Exceptions;

/// <summary>No valid credential of the kind the request needs.</summary>
public sealed class UnauthenticatedException(string errorCode, string message)
    : LogtrailException(ErrorKind.Unauthenticated, errorCode, message);
