using Logtrail.Domain.Tenancy;

namespace Logtrail.Domain.UnitTests.Tenancy;

public sealed class DeploymentEnvironmentsTests
{
    [TestCase("development", DeploymentEnvironment.Development)]
    [TestCase("staging", DeploymentEnvironment.Staging)]
    [TestCase("production", DeploymentEnvironment.Production)]
    public void The_three_wire_names_round_trip(string name, DeploymentEnvironment environment)
    {
        Assert.That(DeploymentEnvironments.TryParse(name, out var parsed), Is.True);
        Assert.That(parsed, Is.EqualTo(environment));
        Assert.That(environment.ToWireName(), Is.EqualTo(name));
    }

    [TestCase("Production")]
    [TestCase("prod")]
    [TestCase("")]
    [TestCase(null)]
    public void Anything_else_is_not_an_environment(string? name)
    {
        Assert.That(DeploymentEnvironments.TryParse(name, out _), Is.False);
    }
}
