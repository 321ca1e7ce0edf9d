using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Logtrail.Infrastructure.Background;

/// <summary>
/// All SQL on <c>job_leases</c>: one row per singleton job naming the instance that runs it until <c>expires_at</c>
/// (database time, so instances' clocks do not matter). Taking a lapsed lease and renewing one's own are one statement.
/// </summary>
public sealed class JobLeases(NpgsqlDataSource dataSource, InstanceIdentity instance, IOptions<InstanceOptions> options)
{
    /// <summary>Takes or renews the lease of <paramref name="job"/>; true while this instance holds it.</summary>
    public async Task<bool> TryHoldAsync(string job, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var holder = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            """
            INSERT INTO job_leases AS lease (job, holder, acquired_at, expires_at)
            VALUES (@job, @holder, clock_timestamp(), clock_timestamp() + @duration)
            ON CONFLICT (job) DO UPDATE
                SET holder = excluded.holder,
                    expires_at = excluded.expires_at,
                    acquired_at = CASE WHEN lease.holder = excluded.holder THEN lease.acquired_at ELSE excluded.acquired_at END
                WHERE lease.holder = excluded.holder OR lease.expires_at < clock_timestamp()
            RETURNING holder
            """,
            new { job, holder = instance.Id, duration = options.Value.LeaseDuration },
            cancellationToken: cancellationToken));
        return holder == instance.Id;
    }

    /// <summary>Gives the lease up (a clean stop), so another instance takes the job over at its next attempt.</summary>
    public async Task ReleaseAsync(string job, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM job_leases WHERE job = @job AND holder = @holder", new { job, holder = instance.Id }, cancellationToken: cancellationToken));
    }
}
