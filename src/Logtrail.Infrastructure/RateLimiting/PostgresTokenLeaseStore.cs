using Dapper;
using Logtrail.Application.Common.RateLimiting;
using Logtrail.Infrastructure.Persistence;
using Npgsql;

namespace Logtrail.Infrastructure.RateLimiting;

/// <summary>The shared token buckets in <c>rate_limit_buckets</c>, one short statement per lease or return.</summary>
public sealed class PostgresTokenLeaseStore(NpgsqlDataSource dataSource) : ITokenLeaseStore
{
    public async Task<TokenLease> LeaseAsync(string policy, string subject, int capacity, int wanted, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var (granted, remaining) = await connection.QuerySingleAsync<(int, double)>(new CommandDefinition(
            "SELECT granted, remaining FROM lease_rate_limit_tokens(@policy, @subject, @capacity, @wanted)",
            new { policy, subject, capacity, wanted },
            cancellationToken: cancellationToken));
        return new TokenLease(granted, remaining);
    }

    public async Task ReturnAsync(string policy, string subject, int capacity, int tokens, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT return_rate_limit_tokens(@policy, @subject, @capacity, @tokens)",
            new { policy, subject, capacity, tokens },
            cancellationToken: cancellationToken));
    }

    public Task<int> ForgetIdleAsync(DateTimeOffset untouchedSince, CancellationToken cancellationToken) =>
        JobTransaction.RunAsync(
            dataSource,
            connection => connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM rate_limit_buckets WHERE updated_at < @untouchedSince", new { untouchedSince }, cancellationToken: cancellationToken)),
            cancellationToken);
}
