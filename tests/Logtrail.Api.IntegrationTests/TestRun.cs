using Logtrail.Api.IntegrationTests.Support;
using Logtrail.Infrastructure.Logs;

namespace Logtrail.Api.IntegrationTests;

/// <summary>For every test of this assembly (its namespace is the root): migrates the test database once and hosts the one service instance most tests share.</summary>
[SetUpFixture]
public sealed class TestRun
{
    public static LogtrailApiFactory Api { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        await TestDatabase.MigrateAsync();
        Api = new LogtrailApiFactory();
        _ = Api.Server;
        await Api.Services.GetRequiredService<LogPartitionMaintainer>().EnsurePartitionsAsync(CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await Api.DisposeAsync();
}
