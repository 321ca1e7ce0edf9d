using Logtrail.Domain.Logs;

namespace Logtrail.Domain.UnitTests.Logs;

public sealed class LogIdsTests
{
    [Test]
    public void A_log_id_carries_the_millisecond_of_its_server_timestamp()
    {
        var serverTimestamp = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero).AddTicks(1_234_567);

        var id = LogIds.New(serverTimestamp);

        Assert.That(id.Version, Is.EqualTo(7));
        Assert.That(LogIds.TimestampOf(id), Is.EqualTo(new DateTimeOffset(2026, 11, 23, 10, 0, 0, 123, TimeSpan.Zero)));
    }

    [Test]
    public void An_id_that_is_not_version_7_has_no_timestamp()
    {
        Assert.That(LogIds.TimestampOf(Guid.NewGuid()), Is.Null);
    }

    [TestCase("trace", Level.Trace)]
    [TestCase("fatal", Level.Fatal)]
    public void Levels_parse_by_wire_name_in_severity_order(string name, Level level)
    {
        Assert.That(Levels.TryParse(name, out var parsed), Is.True);
        Assert.That(parsed, Is.EqualTo(level));
        Assert.That(Levels.TryParse(name.ToUpperInvariant(), out _), Is.False);
        Assert.That(Level.Warn, Is.GreaterThan(Level.Info));
    }
}
