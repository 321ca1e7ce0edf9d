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

    [Test]
    public async Task Sequences_dictionaries_text_to_escape_and_an_exception_over_a_property_of_its_name_arrive_as_logged()
    {
        var logger = new LoggerConfiguration()
            .WriteTo.Logtrail(client: Client, batchSizeLimit: 50)
            .CreateLogger();
        const string Text = "quote \" backslash \\ line\n Grüße 🙂 <&>";

        logger.ForContext("Action", "shapes.check").Error(
            new InvalidOperationException("declined"), "{Text} {Numbers} {Prices} {exception}",
            Text, new[] { 1, 2, 3 }, new Dictionary<string, decimal> { ["tea"] = 2.5m, ["cake \"x\""] = 4m }, "a property named exception");
        await logger.DisposeAsync();

        var log = (await FindAsync("action=shapes.check")).Single();
        Assert.Multiple(() =>
        {
            Assert.That(log.Metadata!["Text"]!.GetValue<string>(), Is.EqualTo(Text));
            Assert.That(log.Metadata!["Numbers"]!.AsArray().Select(number => number!.GetValue<int>()), Is.EqualTo(new[] { 1, 2, 3 }));
            Assert.That(log.Metadata!["Prices"]!["tea"]!.GetValue<decimal>(), Is.EqualTo(2.5m));
            Assert.That(log.Metadata!["Prices"]!["cake \"x\""]!.GetValue<decimal>(), Is.EqualTo(4m));
            Assert.That(log.Metadata!["exception"]!["message"]!.GetValue<string>(), Is.EqualTo("declined"), "the exception wins over a property of its name");
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
