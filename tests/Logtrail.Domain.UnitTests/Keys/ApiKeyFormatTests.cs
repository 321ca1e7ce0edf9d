using Logtrail.Domain.Keys;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Domain.UnitTests.Keys;

public sealed class ApiKeyFormatTests
{
    /// <summary>Computed independently (Python's zlib.crc32 and a base62 encoder), not by the code under test.</summary>
    private const string KnownValidKey = "lt_production_wo_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa3Ib7Ya";

    [Test]
    public void A_generated_key_has_the_contract_format_and_parses_back_to_its_environment_and_type()
    {
        var key = ApiKeyFormat.Generate(DeploymentEnvironment.Staging, KeyType.ReadOnly);

        Assert.That(key, Does.Match("^lt_staging_ro_[0-9A-Za-z]{38}$"));
        Assert.That(ApiKeyFormat.TryParse(key, out var shape), Is.True);
        Assert.That(shape, Is.EqualTo(new ApiKeyShape(DeploymentEnvironment.Staging, KeyType.ReadOnly)));
    }

    [Test]
    public void Generated_keys_are_unique()
    {
        var keys = Enumerable.Range(0, 1000).Select(_ => ApiKeyFormat.Generate(DeploymentEnvironment.Production, KeyType.ReadWrite));

        Assert.That(keys.Distinct().Count(), Is.EqualTo(1000));
    }

    [Test]
    public void A_key_with_the_checksum_of_an_independent_implementation_is_accepted()
    {
        Assert.That(ApiKeyFormat.TryParse(KnownValidKey, out var shape), Is.True);
        Assert.That(shape, Is.EqualTo(new ApiKeyShape(DeploymentEnvironment.Production, KeyType.WriteOnly)));
    }

    [TestCase("lt_production_wo_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab3Ib7Ya", TestName = "one secret character mistyped")]
    [TestCase("lt_production_wo_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa3Ib7Yb", TestName = "checksum mistyped")]
    [TestCase("lt_production_wo_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa3Ib7Y", TestName = "truncated")]
    [TestCase("lt_production_wo_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa3Ib7Yaa", TestName = "one character too many")]
    [TestCase("lt_staging_wo_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa3Ib7Ya", TestName = "environment changed (checksum covers it)")]
    [TestCase("lt_production_rw_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa3Ib7Ya", TestName = "type changed (checksum covers it)")]
    [TestCase("lt_prod_wo_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa3Ib7Ya", TestName = "unknown environment")]
    [TestCase("lt_production_xx_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa3Ib7Ya", TestName = "unknown type")]
    [TestCase("LT_production_wo_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa3Ib7Ya", TestName = "wrong marker case")]
    [TestCase("lt_production_wo_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-a3Ib7Ya", TestName = "not base62")]
    [TestCase("lt_admin_ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ2khZPu", TestName = "an admin token")]
    [TestCase("", TestName = "empty")]
    [TestCase("lt_", TestName = "marker only")]
    public void A_malformed_key_is_rejected_without_any_lookup(string text)
    {
        Assert.That(ApiKeyFormat.TryParse(text, out _), Is.False);
    }

    [Test]
    public void The_display_prefix_keeps_the_fixed_parts_and_four_secret_characters()
    {
        Assert.That(ApiKeyFormat.DisplayPrefix(KnownValidKey), Is.EqualTo("lt_production_wo_aaaa"));
    }
}
