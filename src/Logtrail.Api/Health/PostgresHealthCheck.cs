using Logtrail.Application.Common.Faults;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Logtrail.Api.Health;

/// <summary>
/// Ready only when PostgreSQL answers a query. A failure is reported by its message alone: the outage itself is
/// logged once by the outage monitor, not with a stack trace per probe.
/// </summary>
public sealed class PostgresHealthCheck(NpgsqlDataSource dataSource, IDatabaseFaults faults) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (NpgsqlException exception)
        {
            faults.Classify(exception);
            return HealthCheckResult.Unhealthy($"PostgreSQL is not reachable: {exception.Message}");
        }
    }
}
