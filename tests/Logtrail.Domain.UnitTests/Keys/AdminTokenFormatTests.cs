using Logtrail.Domain.Keys;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Domain.UnitTests.Keys;

public sealed class AdminTokenFormatTests
{
    [Test]
    public void A_generated_token_is_well_formed_and_not_a_data_key()
    {
        var token = AdminTokenFormat.Generate();

        Assert.That(token, Does.Match("^lt_admin_[0-9A-Za-z]{38}$"));
        Assert.That(AdminTokenFormat.IsWellFormed(token), Is.True);
        Assert.That(ApiKeyFormat.TryParse(token, out _), Is.False);
    }

    [Test]
    public void A_token_checksummed_by_an_independent_implementation_is_accepted_and_a_mistyped_one_is_not()
    {
        Assert.That(AdminTokenFormat.IsWellFormed("lt_admin_ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ2khZPu"), Is.True);
        Assert.That(AdminTokenFormat.IsWellFormed("lt_admin_ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZY2khZPu"), Is.False);
    }

    [Test]
    public void A_data_key_is_not_an_admin_token()
    {
        Assert.That(AdminTokenFormat.IsWellFormed(ApiKeyFormat.Generate(DeploymentEnvironment.Production, KeyType.ReadWrite)), Is.False);
    }
}
