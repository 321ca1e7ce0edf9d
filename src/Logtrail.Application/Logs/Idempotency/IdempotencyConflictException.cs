using Logtrail.Application.Common.Errors;
using Logtrail.Application.Common.Exceptions;

namespace Logtrail.Application.Logs.Idempotency;

/// <summary>409: the key was reused with another body, or its first request is still running.</summary>
public sealed class IdempotencyConflictException(string reason, string message)
    : LogtrailException(ErrorKind.IdempotencyConflict, ErrorCodes.InvalidRequest, message, "Idempotency-Key", reason)
{
    public static IdempotencyConflictException Reused() =>
        new(ErrorReasons.IdempotencyKeyReused, "This Idempotency-Key was used with a different request body.");

    public static IdempotencyConflictException InProgress() =>
        new(ErrorReasons.IdempotencyRequestInProgress, "A request with this Idempotency-Key is still being processed; retry later.");
}
