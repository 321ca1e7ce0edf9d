using Logtrail.Domain.Keys;

namespace Logtrail.Domain.UnitTests.Keys;

public sealed class SecretHashTests
{
    [Test]
    public void The_hash_is_sha256_of_the_whole_key_and_matches_only_itself()
    {
        var hash = SecretHash.Compute("lt_production_wo_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa3Ib7Ya");
        var other = SecretHash.Compute("lt_production_wo_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab3Ib7Ya");

        Assert.That(hash, Has.Length.EqualTo(SecretHash.Length));
        Assert.That(SecretHash.Matches(hash, (byte[])hash.Clone()), Is.True);
        Assert.That(SecretHash.Matches(hash, other), Is.False);
    }
}
