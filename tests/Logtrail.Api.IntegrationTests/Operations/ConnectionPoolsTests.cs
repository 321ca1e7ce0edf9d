using Logtrail.Api.IntegrationTests.Support;
using Logtrail.Infrastructure.Persistence;
using Npgsql;

namespace Logtrail.Api.IntegrationTests.Operations;

/// <summary>
/// The service's two pools: the main one plans every statement with its values; the one plain pages use plans once,
/// never JIT-compiles, holds half as many connections, and carries the same statement timeout.
/// </summary>
public sealed class ConnectionPoolsTests : IntegrationTest
{
    [Test]
    public async Task The_main_pool_plans_every_execution_with_its_values()
    {
        Assert.That(await ShowAsync(Api.Services.GetRequiredService<NpgsqlDataSource>(), "plan_cache_mode"), Is.EqualTo("force_custom_plan"));
    }

    [Test]
    public async Task The_pool_of_plain_pages_plans_once_without_JIT_within_the_same_statement_timeout()
    {
        var pages = Api.Services.GetRequiredService<GenericPlanDataSource>().DataSource;

        Assert.That(await ShowAsync(pages, "plan_cache_mode"), Is.EqualTo("force_generic_plan"));
        Assert.That(await ShowAsync(pages, "jit"), Is.EqualTo("off"));
        Assert.That(await ShowAsync(pages, "statement_timeout"), Is.EqualTo("20s"));
    }

    [Test]
    public void The_pool_of_plain_pages_holds_half_as_many_connections_as_the_main_one()
    {
        var main = new NpgsqlConnectionStringBuilder(Api.Services.GetRequiredService<NpgsqlDataSource>().ConnectionString);
        var pages = new NpgsqlConnectionStringBuilder(Api.Services.GetRequiredService<GenericPlanDataSource>().DataSource.ConnectionString);

        Assert.That(pages.MaxPoolSize, Is.EqualTo(main.MaxPoolSize / 2));
    }

    private static async Task<object?> ShowAsync(NpgsqlDataSource dataSource, string setting)
    {
        await using var command = dataSource.CreateCommand($"SHOW {setting}");
        return await command.ExecuteScalarAsync();
    }
}
