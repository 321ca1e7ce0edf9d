using Logtrail.Application.Common.Errors;

namespace Logtrail.Application.Common.Exceptions;

/// <summary>No such resource where the caller may look.</summary>
public sealed class NotFoundException(string what, string errorCode = ErrorCodes.NotFound)
    : LogtrailException(ErrorKind.NotFound, errorCode, $"{what} was not found.");
