using Logtrail.Domain.Common;
using Logtrail.Domain.Usage;

namespace Logtrail.Domain.UnitTests.Common;

public sealed class BillingAndTimestampTests
{
    [Test]
    public void A_billing_period_is_the_utc_calendar_month()
    {
        var period = BillingPeriod.Containing(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.FromHours(-2)));

        Assert.That(period.Start, Is.EqualTo(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.That(period.End, Is.EqualTo(new DateTimeOffset(2027, 2, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void Instants_are_cut_to_microseconds_in_utc()
    {
        var instant = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(1)).AddTicks(1_234_567);

        var cut = instant.ToMicroseconds();

        Assert.That(cut.Offset, Is.EqualTo(TimeSpan.Zero));
        Assert.That(cut.UtcTicks, Is.EqualTo(instant.UtcTicks - 7));
    }
}
