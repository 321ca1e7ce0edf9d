using Npgsql;

namespace Logtrail.Infrastructure.Persistence;

/// <summary>
/// Connections whose prepared statements are planned once and reused (<c>plan_cache_mode=force_generic_plan</c>),
/// for statements whose best plan is the same whatever their parameters' values — the plain newest-first page, which
/// walks the newest partitions' primary keys backwards whichever project, window or cursor it names. Planning such a
/// statement on the partitioned <c>logs</c> table costs PostgreSQL more than running it (measured: 440 µs of server
/// CPU per page planned every time, 200 µs planned once; docs/benchmarks.md); its partitions are still pruned, when
/// the executor starts, with each execution's values. Write transactions (<see cref="WriteTransactions"/>) open here
/// too: none of their statements has a plan that depends on its values. Searches stay on the main data source,
/// planned every time.
/// It has its own pool, half the size of the main one.
/// </summary>
public sealed class GenericPlanDataSource(NpgsqlDataSource dataSource) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource { get; } = dataSource;

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
