using Logtrail.Application.Common.Errors;
using Logtrail.Application.Common.Exceptions;

namespace Logtrail.Application.Logs.Tail;

/// <summary>
/// 503 INTERNAL_LOG_SERVICE_ERROR (<c>details.reason</c> <c>too_many_tails_on_instance</c>): this instance holds its
/// maximum of open tails, whatever the key; another instance (or this one shortly) takes the tail.
/// </summary>
public sealed class TooManyTailsOnInstanceException(int maximum)
    : LogtrailException(
        ErrorKind.Unavailable,
        ErrorCodes.LogServiceUnavailable,
        $"This instance already serves its maximum of {maximum} open tails; retry after the Retry-After delay.",
        reason: ErrorReasons.TooManyTailsOnInstance)
{
    public override TimeSpan? RetryAfter => TimeSpan.FromSeconds(5);
}
