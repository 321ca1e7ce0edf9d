using Logtrail.Domain.Plans;

namespace Logtrail.Domain.UnitTests.Plans;

public sealed class DefaultPlansTests
{
    [Test]
    public void The_defaults_are_the_table_of_the_contract()
    {
        Assert.That(DefaultPlans.All, Is.EqualTo(new[]
        {
            new Plan("free", "Free", 5_000, 21, 120, 700, 50, 3, 5),
            new Plan("dev", "Developer", 50_000, 45, 300, 1_024, 200, 4, 10),
            new Plan("pro", "Professional", 500_000, 120, 1_000, 2_048, 1_000, 5, 20),
            new Plan("enterprise", "Enterprise (self-hosted)", null, 365, 1_000_000, 65_536, 10_000, 8, 50),
        }));
        Assert.That(DefaultPlans.Enterprise.IsUnlimited, Is.True);
    }

    [Test]
    public void The_catalog_finds_plans_by_exact_code()
    {
        var catalog = new PlanCatalog(DefaultPlans.All);

        Assert.That(catalog.Contains("pro"), Is.True);
        Assert.That(catalog.Contains("PRO"), Is.False);
        Assert.That(() => catalog.Get("gold"), Throws.InvalidOperationException);
    }
}
