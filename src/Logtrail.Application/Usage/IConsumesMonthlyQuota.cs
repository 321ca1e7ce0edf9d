using Logtrail.Application.Logs.Idempotency;

namespace Logtrail.Application.Usage;

/// <summary>A request that stores logs and so counts against the project's monthly quota (checked by <see cref="Common.Behaviours.MonthlyQuotaBehaviour{TRequest,TResponse}"/>).</summary>
public interface IConsumesMonthlyQuota
{
    /// <summary>How many logs the request would store.</summary>
    int LogCount { get; }

    /// <summary>The request's <c>Idempotency-Key</c>: a remembered one is replayed and stores nothing, so it is not checked.</summary>
    IdempotencyRequest? Idempotency { get; }
}
