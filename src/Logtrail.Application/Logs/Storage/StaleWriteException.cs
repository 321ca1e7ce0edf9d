using Logtrail.Application.Common.Errors;
using Logtrail.Application.Common.Exceptions;

namespace Logtrail.Application.Logs.Storage;

/// <summary>
/// 503 INTERNAL_LOG_SERVICE_ERROR (<c>details.reason</c> <c>write_too_slow</c>): the logs were stamped longer ago than
/// a write may take (<see cref="Queries.AggregateLogs.AggregateCacheOptions.MaxWriteAge"/>), so their transaction was
/// rolled back and nothing was stored; the client retries and the logs are stamped anew.
/// </summary>
public sealed class StaleWriteException(TimeSpan maxWriteAge)
    : LogtrailException(
        ErrorKind.Unavailable,
        ErrorCodes.LogServiceUnavailable,
        $"The log service took longer than {maxWriteAge.TotalSeconds:0} s to store these logs and stored nothing; retry after the Retry-After delay.",
        reason: ErrorReasons.WriteTooSlow)
{
    public override TimeSpan? RetryAfter => TimeSpan.FromSeconds(1);
}
