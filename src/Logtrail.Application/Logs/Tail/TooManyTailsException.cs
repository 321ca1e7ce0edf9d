using Logtrail.Application.Common.Errors;
using Logtrail.Application.Common.Exceptions;

namespace Logtrail.Application.Logs.Tail;

/// <summary>429 RATE_LIMIT_PLAN_EXCEEDED (<c>details.reason</c> <c>too_many_tails</c>): the key already holds its open tails.</summary>
public sealed class TooManyTailsException(int maximum)
    : LogtrailException(ErrorKind.RateLimited, ErrorCodes.RateLimitPlanExceeded, $"This API key already has {maximum} open tails; close one first.")
{
    public override TimeSpan? RetryAfter => TimeSpan.FromSeconds(5);

    public override IReadOnlyDictionary<string, object?> Details { get; } =
        new Dictionary<string, object?> { ["reason"] = "too_many_tails", ["max_open_tails"] = maximum };
}
