namespace Logtrail.Application.Usage;

/// <summary>A request that stores logs and so counts against the project's monthly quota (checked by <see cref="Common.Behaviours.MonthlyQuotaBehaviour{TRequest,TResponse}"/>).</summary>
public interface IConsumesMonthlyQuota
{
    /// <summary>How many logs the request would store.</summary>
    int LogCount { get; }
}
