using Logtrail.Domain.Lcql;

namespace Logtrail.Domain.UnitTests.Lcql;

public sealed class LcqlTimeBoundsTests
{
    private static readonly DateTimeOffset Early = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Late = new(2026, 7, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Margin = LcqlTimeBounds.Margin;

    [Test]
    public void Top_level_ranges_bound_server_and_client_time_each_widened_by_the_margin()
    {
        var bounds = Of("level=error timestamp>=2026-06-01T00:00:00Z timestamp<2026-07-01T00:00:00Z "
            + "client_timestamp>2026-06-01T00:00:00Z client_timestamp<=2026-07-01T00:00:00Z");

        Assert.That(bounds, Is.EqualTo(new LcqlTimeBounds(Early - Margin, Late + Margin, Early - Margin, Late + Margin)));
    }

    [Test]
    public void Equality_bounds_both_sides_and_the_narrowest_of_several_bounds_wins()
    {
        Assert.That(Of("client_timestamp=2026-06-01T00:00:00Z"), Is.EqualTo(new LcqlTimeBounds(null, null, Early - Margin, Early + Margin)));
        Assert.That(Of("timestamp>2026-06-01T00:00:00Z (timestamp>2026-07-01T00:00:00Z action=a) timestamp<2026-08-01T00:00:00Z timestamp<2026-07-15T00:00:00Z"),
            Is.EqualTo(new LcqlTimeBounds(Late - Margin, Late.AddDays(14) + Margin, null, null)), "a parenthesised AND is still ANDed at the top");
    }

    [TestCase("client_timestamp<2026-07-01T00:00:00Z OR level=error")]
    [TestCase("NOT client_timestamp<2026-07-01T00:00:00Z")]
    [TestCase("-timestamp>2026-07-01T00:00:00Z")]
    [TestCase("(timestamp<2026-07-01T00:00:00Z OR action=a) level=error")]
    [TestCase("timestamp=2026-06-01T00:00:00Z,2026-07-01T00:00:00Z")]
    [TestCase("timestamp!=2026-06-01T00:00:00Z")]
    [TestCase("metadata.at<2026-06-01T00:00:00Z")]
    [TestCase("level=error")]
    public void A_term_not_every_match_satisfies_bounds_nothing(string text)
    {
        Assert.That(Of(text), Is.EqualTo(LcqlTimeBounds.None));
    }

    [Test]
    public void No_query_bounds_nothing()
    {
        Assert.That(LcqlTimeBounds.Of(null), Is.EqualTo(LcqlTimeBounds.None));
    }

    private static LcqlTimeBounds Of(string text)
    {
        Assert.That(LcqlParser.TryParse(text, out var query, out var error), Is.True, error?.ToString());
        return LcqlTimeBounds.Of(query);
    }
}
