using Logtrail.Domain.Usage;

namespace Logtrail.Application.Usage;

/// <summary>How many logs a project has had acknowledged in a billing period.</summary>
public interface IUsageReader
{
    /// <param name="maxStaleness">How old a remembered figure may be; <see cref="TimeSpan.Zero"/> reads the store.</param>
    Task<long> CountIngestedAsync(Guid projectId, BillingPeriod period, TimeSpan maxStaleness, CancellationToken cancellationToken);

    /// <summary>The period's counts per day and environment, oldest day first; days without logs are left out.</summary>
    Task<IReadOnlyList<DailyUsage>> ReadDailyAsync(Guid projectId, BillingPeriod period, CancellationToken cancellationToken);
}
