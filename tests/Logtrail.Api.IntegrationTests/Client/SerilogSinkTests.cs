using Serilog;
using Serilog.Context;

namespace Logtrail.Api.IntegrationTests.Client;

/// <summary><c>WriteTo.Logtrail(…)</c>: Serilog batches, the Logtrail sender delivers.</summary>
public sealed class SerilogSinkTests : ClientTest
{
    [Test]
    public async Task Events_are_delivered_with_their_level_action_message_and_properties()
    {
        var logger = new LoggerConfiguration()
            .MinimumLevel.Verbose()
            .Enrich.FromLogContext()
            .WriteTo.Logtrail(client: Client, batchSizeLimit: 50)
            .CreateLogger();

        for (var sequence = 0; sequence < 120; sequence++)
        {
            logger.ForContext("Action", "order.placed").Information("Order {seq} placed for {@Customer}", sequence, new { Id = "c1", Tier = "gold" });
        }

        logger.ForContext("SourceContext", "Shop.Payments").Error(new InvalidOperationException("card declined"), "Payment failed");
        await logger.DisposeAsync();

        Assert.That(await StoredAsync(), Is.EqualTo((121L, 120L)), "every event once; the error has no seq");
        var order = (await FindAsync("action=order.placed metadata.seq=7")).Single();
        var failure = (await FindAsync("action=Shop.Payments")).Single();
        Assert.Multiple(() =>
        {
            Assert.That(order.Level, Is.EqualTo(Logtrail.Client.LogtrailLevel.Info));
            Assert.That(order.Message, Does.StartWith("Order 7 placed for"));
            Assert.That(order.Metadata!["Customer"]!["Tier"]!.GetValue<string>(), Is.EqualTo("gold"));
            Assert.That(order.Context!["message_template"]!.GetValue<string>(), Is.EqualTo("Order {seq} placed for {@Customer}"));
            Assert.That(failure.Level, Is.EqualTo(Logtrail.Client.LogtrailLevel.Error));
            Assert.That(failure.Metadata!["exception"]!["message"]!.GetValue<string>(), Is.EqualTo("card declined"));
        });
    }

    private async Task<List<Logtrail.Client.LogEntry>> FindAsync(string lcql)
    {
        var found = new List<Logtrail.Client.LogEntry>();
        await foreach (var entry in Client.QueryAsync(lcql))
        {
            found.Add(entry);
        }

        return found;
    }
}
