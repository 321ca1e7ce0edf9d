using System.Globalization;
using Logtrail.Api.RateLimiting;
using Logtrail.Infrastructure.Keys;
using Logtrail.Infrastructure.Logs.Tail;
using Logtrail.Infrastructure.Usage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;

namespace Logtrail.Api.IntegrationTests.Support;

/// <summary>
/// One instance of the real service over the real database, with a fake clock and a log capture. Migrations are
/// the test run's job; the demo bootstrap is off.
/// </summary>
/// <param name="connectionString">The database to use instead of the test database (a proxy in front of it, say).</param>
public sealed class LogtrailApiFactory(TimeSpan? listenerReconnectDelay = null, string? connectionString = null) : WebApplicationFactory<Program>
{
    /// <summary>Lines per historical-import batch in tests: small, so that a file of a few lines spans several.</summary>
    public const int ImportBatchSize = 3;

    /// <summary>Logs per export batch in tests: small, so that an export of a few hundred logs crosses many batch boundaries.</summary>
    public const int ExportBatchSize = 7;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public CapturedLogs Logs { get; } = new();

    public ApiKeyCache KeyCache => Services.GetRequiredService<ApiKeyCache>();

    /// <summary>Empties the database and forgets what lives in memory beside it, so no test sees another's state.</summary>
    public async Task ResetAsync()
    {
        await Services.GetRequiredService<KeyUsageFlusher>().FlushAsync(CancellationToken.None);
        await TestDatabase.ResetAsync();
        Services.GetRequiredService<KeyUsageRecorder>().Clear();
        Services.GetRequiredService<UsageReader>().Clear();
        Services.GetRequiredService<TokenBuckets>().Clear();
        KeyCache.Clear();
        Logs.Clear();
    }

    /// <summary>Waits until this instance's key change listener is connected and its key cache in use.</summary>
    public async Task WaitForKeyCacheAsync()
    {
        for (var attempt = 0; attempt < 600 && !KeyCache.IsTrusted; attempt++)
        {
            await Task.Delay(25);
        }

        Assert.That(KeyCache.IsTrusted, Is.True, "The key change listener did not connect.");
    }

    /// <summary>Waits until this instance's log commit listener is connected, so that open tails see every commit.</summary>
    public async Task WaitForTailFeedAsync()
    {
        var feed = Services.GetRequiredService<LogCommitFeed>();
        for (var attempt = 0; attempt < 600 && !feed.IsListening; attempt++)
        {
            await Task.Delay(25);
        }

        Assert.That(feed.IsListening, Is.True, "The log commit listener did not connect.");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Logtrail", connectionString ?? TestDatabase.ConnectionString);
        builder.UseSetting("Logtrail:Database:MigrateOnStart", "false");
        builder.UseSetting("Logtrail:Logs:MaintainPartitions", "false");
        builder.UseSetting("Logtrail:Logs:EnforceRetention", "false");
        builder.UseSetting("Logtrail:Logs:RetentionBatchSize", "100");
        builder.UseSetting("Logtrail:Import:BatchSize", ImportBatchSize.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Logtrail:Export:BatchSize", ExportBatchSize.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Logtrail:Keys:ListenerReconnectDelay", (listenerReconnectDelay ?? TimeSpan.FromMilliseconds(100)).ToString());
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
