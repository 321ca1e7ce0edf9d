using Logtrail.Domain.Usage;

namespace Logtrail.Domain.UnitTests.Usage;

public sealed class QuotaGraceTests
{
    [TestCase(5_000, 10, 5_500)]
    [TestCase(50_000, 10, 55_000)]
    [TestCase(5_000, 0, 5_000)]
    [TestCase(999, 10, 1_098)]
    public void The_ceiling_is_the_limit_plus_its_grace_rounded_down(long limit, int percent, long ceiling)
    {
        Assert.That(new QuotaGrace(percent).CeilingFor(limit), Is.EqualTo(ceiling));
    }

    [TestCase(5_499, 1, true)]
    [TestCase(5_500, 1, false)]
    [TestCase(5_490, 10, true)]
    [TestCase(5_490, 11, false)]
    [TestCase(0, 5_501, false)]
    public void A_request_is_admitted_only_if_all_of_it_fits_under_the_ceiling(long used, int incoming, bool admitted)
    {
        Assert.That(new QuotaGrace(10).Admits(used, incoming, limit: 5_000), Is.EqualTo(admitted));
    }

    [Test]
    public void An_unlimited_plan_admits_everything()
    {
        Assert.That(new QuotaGrace(10).Admits(long.MaxValue / 2, 10_000, limit: null), Is.True);
    }

    [Test]
    public void A_negative_grace_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new QuotaGrace(-1));
    }
}
