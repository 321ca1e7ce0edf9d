using Logtrail.Api.IntegrationTests.Support;
using Logtrail.Extensions.Logging;

namespace Logtrail.Api.IntegrationTests.Client;

/// <summary>The ILogger provider: never waits on the network, delivers exactly once through faults, drops oldest when full.</summary>
public sealed class LoggerProviderTests : ClientTest
{
    private static readonly Action<ILogger, int, string, Exception?> UserLoggedIn =
        LoggerMessage.Define<int, string>(LogLevel.Information, new EventId(1, "user.login"), "Login {seq} by {UserId}");

    [Test]
    public async Task Five_thousand_logs_arrive_exactly_once_through_faults_and_the_caller_never_waits_on_the_network()
    {
        var (services, provider) = LoggerProviderServices(options => options.MaxBatchSize = 250);
        var faults = services.Faults;
        Fault[] rotation = [Fault.PlanRateLimited, Fault.ResponseLost, Fault.Unavailable, Fault.ConnectionReset];
        faults.Plan = request => request % 3 == 0 ? rotation[request / 3 % rotation.Length] : Fault.None;
        var logger = services.Provider.GetRequiredService<ILoggerFactory>().CreateLogger("Shop.Accounts");

        // The network is held: every request waits. Logging must not.
        faults.Hold();
        for (var sequence = 0; sequence < 5_000; sequence++)
        {
            UserLoggedIn(logger, sequence, "u1", null);
        }

        Assert.That(provider.Statistics.Sent, Is.Zero, "all 5,000 calls returned while no request could complete");
        faults.Release();
        await provider.FlushAsync();

        Assert.That(provider.Statistics.Sent, Is.EqualTo(5_000));
        Assert.That(provider.Statistics.Failed + provider.Statistics.Dropped + provider.Statistics.Rejected, Is.Zero);
        Assert.That(faults.Injected.Distinct(), Is.EquivalentTo(rotation), "every kind of fault happened");
        Assert.That(await StoredAsync(), Is.EqualTo((5_000L, 5_000L)), "none lost, none twice");
    }

    [Test]
    public async Task Calls_map_to_logs_with_level_action_message_metadata_context_and_exception()
    {
        var (services, provider) = LoggerProviderServices(_ => { });
        var logger = services.Provider.GetRequiredService<ILoggerFactory>().CreateLogger("Shop.Checkout");

        using (logger.BeginScope(new Dictionary<string, object?> { ["order_id"] = "o-17" }))
        {
            UserLoggedIn(logger, 3, "u9", null);
            logger.LogError(new InvalidOperationException("card declined"), "Payment failed for {Amount}", 12.5m);
        }

        await provider.FlushAsync();

        var logs = new List<Logtrail.Client.LogEntry>();
        await foreach (var entry in Client.ListLogsAsync())
        {
            logs.Add(entry);
        }

        var login = logs.Single(entry => entry.Action == "user.login");
        var failure = logs.Single(entry => entry.Action == "Shop.Checkout");
        Assert.Multiple(() =>
        {
            Assert.That(login.Level, Is.EqualTo(Logtrail.Client.LogtrailLevel.Info));
            Assert.That(login.Message, Is.EqualTo("Login 3 by u9"));
            Assert.That(login.Metadata!["seq"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(login.Metadata!["UserId"]!.GetValue<string>(), Is.EqualTo("u9"));
            Assert.That(login.Context!["category"]!.GetValue<string>(), Is.EqualTo("Shop.Checkout"));
            Assert.That(login.Context!["order_id"]!.GetValue<string>(), Is.EqualTo("o-17"));
            Assert.That(login.Context!.ContainsKey("message_template"), Is.False, "the template only when asked for");
            Assert.That(failure.Level, Is.EqualTo(Logtrail.Client.LogtrailLevel.Error));
            Assert.That(failure.Metadata!["exception"]!["type"]!.GetValue<string>(), Is.EqualTo("System.InvalidOperationException"));
            Assert.That(failure.Metadata!["exception"]!["message"]!.GetValue<string>(), Is.EqualTo("card declined"));
            Assert.That(failure.Context!.ContainsKey("category"), Is.False, "the category is the action: not sent twice");
            Assert.That(failure.Context!["order_id"]!.GetValue<string>(), Is.EqualTo("o-17"));
        });
    }

    [Test]
    public async Task A_full_queue_drops_the_oldest_counts_them_and_reports_them()
    {
        var (services, provider) = LoggerProviderServices(options => options.QueueCapacity = 100);
        var logger = services.Provider.GetRequiredService<ILoggerFactory>().CreateLogger("Shop.Accounts");

        services.Faults.Hold();
        for (var sequence = 0; sequence < 1_000; sequence++)
        {
            UserLoggedIn(logger, sequence, "u1", null);
        }

        var dropped = provider.Statistics.Dropped;
        Assert.That(dropped, Is.GreaterThanOrEqualTo(1_000 - 100 - 1_000 / 2), "the queue holds 100; the sender had taken at most one batch");
        services.Faults.Release();
        await provider.FlushAsync();

        Assert.That(provider.Statistics.Sent, Is.EqualTo(1_000 - dropped + 1), "what was not dropped arrived, plus the drop report");
        var (rows, _) = await StoredAsync();
        Assert.That(rows, Is.EqualTo(1_000 - dropped));
        var report = new List<Logtrail.Client.LogEntry>();
        await foreach (var entry in Client.QueryAsync("action=logtrail.logs_dropped"))
        {
            report.Add(entry);
        }

        Assert.That(report.Sum(entry => entry.Metadata!["dropped"]!.GetValue<long>()), Is.EqualTo(dropped));
        var newest = new List<Logtrail.Client.LogEntry>();
        await foreach (var entry in Client.QueryAsync("metadata.seq=999"))
        {
            newest.Add(entry);
        }

        Assert.That(newest, Has.Count.EqualTo(1), "the newest survive: the oldest are dropped");
    }

    [Test]
    public async Task A_full_batch_is_sent_at_once_not_at_the_end_of_the_flush_interval()
    {
        var (services, provider) = LoggerProviderServices(options =>
        {
            options.MaxBatchSize = 100;
            options.FlushInterval = TimeSpan.FromMinutes(10);
        });
        var logger = services.Provider.GetRequiredService<ILoggerFactory>().CreateLogger("Shop.Accounts");

        // Half a batch first, and time for the sending loops to settle into waiting for the rest; then the rest.
        for (var sequence = 0; sequence < 50; sequence++)
        {
            UserLoggedIn(logger, sequence, "u1", null);
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        for (var sequence = 50; sequence < 300; sequence++)
        {
            UserLoggedIn(logger, sequence, "u1", null);
        }

        // No flush: only the batches having filled up can send them (the interval is far longer than the wait).
        for (var attempt = 0; attempt < 600 && provider.Statistics.Sent < 300; attempt++)
        {
            await Task.Delay(50);
        }

        Assert.That(provider.Statistics.Sent, Is.EqualTo(300), () => $"sent without waiting for the interval; last error: {provider.Statistics.LastError}");
        Assert.That(await StoredAsync(), Is.EqualTo((300L, 300L)));
    }

    [Test]
    public async Task Disposing_the_provider_sends_what_is_queued()
    {
        var (services, provider) = LoggerProviderServices(options => options.FlushInterval = TimeSpan.FromMinutes(5));
        var logger = services.Provider.GetRequiredService<ILoggerFactory>().CreateLogger("Shop.Accounts");
        for (var sequence = 0; sequence < 10; sequence++)
        {
            UserLoggedIn(logger, sequence, "u1", null);
        }

        await provider.DisposeAsync();

        Assert.That(await StoredAsync(), Is.EqualTo((10L, 10L)));
    }
}
