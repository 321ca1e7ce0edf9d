using Logtrail.Domain.Keys;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Domain.UnitTests.Keys;

public sealed class ApiKeyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Test]
    public void A_key_is_active_until_its_expiry_and_expired_from_that_instant()
    {
        var key = NewKey(expiresAt: Now.AddMinutes(1));

        Assert.That(key.StateAt(Now), Is.EqualTo(ApiKeyState.Active));
        Assert.That(key.StateAt(Now.AddMinutes(1)), Is.EqualTo(ApiKeyState.Expired));
    }

    [Test]
    public void Revocation_wins_over_expiry()
    {
        var key = NewKey(expiresAt: Now.AddMinutes(-1)) with { RevokedAt = Now.AddMinutes(-5) };

        Assert.That(key.StateAt(Now), Is.EqualTo(ApiKeyState.Revoked));
    }

    [Test]
    public void Rotation_expires_the_old_key_after_the_grace_period()
    {
        Assert.That(NewKey(expiresAt: null).ExpiryAfterRotation(Now, TimeSpan.FromHours(1)), Is.EqualTo(Now.AddHours(1)));
        Assert.That(NewKey(expiresAt: null).ExpiryAfterRotation(Now, TimeSpan.Zero), Is.EqualTo(Now));
    }

    [Test]
    public void Rotation_never_extends_an_earlier_expiry()
    {
        var key = NewKey(expiresAt: Now.AddMinutes(10));

        Assert.That(key.ExpiryAfterRotation(Now, TimeSpan.FromDays(1)), Is.EqualTo(Now.AddMinutes(10)));
    }

    [Test]
    public void A_grace_period_over_seven_days_is_refused()
    {
        Assert.That(() => NewKey(null).ExpiryAfterRotation(Now, TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1)),
            Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [TestCase(KeyType.ReadOnly, Permission.LogsRead)]
    [TestCase(KeyType.WriteOnly, Permission.LogsWrite)]
    [TestCase(KeyType.ReadWrite, Permission.LogsRead | Permission.LogsWrite)]
    public void Each_key_type_grants_its_scopes(KeyType type, Permission expected)
    {
        Assert.That((NewKey(null) with { Type = type }).Permissions, Is.EqualTo(expected));
    }

    private static ApiKey NewKey(DateTimeOffset? expiresAt) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "k", DeploymentEnvironment.Production, KeyType.ReadWrite, "lt_production_rw_abcd",
            Now.AddDays(-1), expiresAt, RevokedAt: null, LastUsedAt: null);
}
