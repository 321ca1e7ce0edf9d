using Logtrail.Infrastructure.Configuration;
using Microsoft.Extensions.Configuration;

namespace Logtrail.Application.UnitTests.Infrastructure;

public sealed class PlanCatalogFactoryTests
{
    [Test]
    public void Configuration_overrides_single_figures_of_a_default_plan_and_can_make_it_unlimited()
    {
        var catalog = PlanCatalogFactory.FromConfiguration(Configuration(new()
        {
            ["Logtrail:Plans:free:LogsPerMonth"] = "10",
            ["Logtrail:Plans:dev:Unlimited"] = "true",
        }));

        Assert.That(catalog.Get("free").LogsPerMonth, Is.EqualTo(10));
        Assert.That(catalog.Get("free").MaxLogSizeBytes, Is.EqualTo(700));
        Assert.That(catalog.Get("dev").IsUnlimited, Is.True);
    }

    [Test]
    public void A_new_plan_must_give_every_figure()
    {
        Assert.That(() => PlanCatalogFactory.FromConfiguration(Configuration(new() { ["Logtrail:Plans:gold:LogsPerMonth"] = "10" })),
            Throws.InvalidOperationException.With.Message.Contains("gold"));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
