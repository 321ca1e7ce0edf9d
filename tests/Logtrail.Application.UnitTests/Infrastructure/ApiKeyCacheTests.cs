using Logtrail.Application.Authentication;
using Logtrail.Application.Common.Security;
using Logtrail.Domain.Keys;
using Logtrail.Domain.Tenancy;
using Logtrail.Infrastructure.Keys;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Logtrail.Application.UnitTests.Infrastructure;

public sealed class ApiKeyCacheTests
{
    private readonly FakeTimeProvider _clock = new();
    private ApiKeyCache _cache = null!;

    [SetUp]
    public void SetUp()
    {
        _cache = new ApiKeyCache(Options.Create(new KeyCacheOptions { CacheLifetime = TimeSpan.FromMinutes(1) }), _clock);
        _cache.Resume();
    }

    [Test]
    public void A_stored_key_is_served_until_its_key_or_project_changes()
    {
        var (hash, credential) = Credential();
        _cache.Store(hash, credential, _cache.Generation);
        Assert.That(_cache.TryGet(hash, out _), Is.True);

        _cache.Apply(KeyChange.OfProject(credential.Key.ProjectId));

        Assert.That(_cache.TryGet(hash, out _), Is.False);
    }

    [Test]
    public void A_lookup_that_raced_an_invalidation_is_not_cached()
    {
        var (hash, credential) = Credential();
        var generationBeforeLookup = _cache.Generation;
        _cache.Apply(KeyChange.OfKey(credential.Key.Id));

        _cache.Store(hash, credential, generationBeforeLookup);

        Assert.That(_cache.TryGet(hash, out _), Is.False);
    }

    [Test]
    public void A_suspended_cache_serves_nothing_and_forgets_everything_when_it_resumes()
    {
        var (hash, credential) = Credential();
        _cache.Store(hash, credential, _cache.Generation);

        _cache.Suspend();
        Assert.That(_cache.TryGet(hash, out _), Is.False);
        _cache.Resume();

        Assert.That(_cache.TryGet(hash, out _), Is.False);
    }

    [Test]
    public void Entries_expire_after_the_cache_lifetime()
    {
        var (hash, credential) = Credential();
        _cache.Store(hash, credential, _cache.Generation);

        _clock.Advance(TimeSpan.FromMinutes(2));

        Assert.That(_cache.TryGet(hash, out _), Is.False);
    }

    [TestCase("key:not-a-guid")]
    [TestCase("tenant:0193c6f2-0000-7000-8000-000000000000")]
    [TestCase("")]
    public void Malformed_notifications_are_not_changes(string payload)
    {
        Assert.That(KeyChange.TryParse(payload, out _), Is.False);
    }

    [Test]
    public void A_change_survives_its_notification_payload()
    {
        var change = KeyChange.OfProject(Guid.NewGuid());

        Assert.That(KeyChange.TryParse(change.ToPayload(), out var parsed), Is.True);
        Assert.That(parsed, Is.EqualTo(change));
    }

    private (byte[] Hash, ApiKeyCredential Credential) Credential()
    {
        var text = ApiKeyFormat.Generate(DeploymentEnvironment.Production, KeyType.ReadWrite);
        var hash = SecretHash.Compute(text);
        var key = new ApiKey(Guid.NewGuid(), Guid.NewGuid(), "k", DeploymentEnvironment.Production, KeyType.ReadWrite, "p",
            _clock.GetUtcNow(), null, null, null);
        return (hash, new ApiKeyCredential(key, hash, new KeyWorkspace(Guid.NewGuid(), "o", key.ProjectId, "p", "pro")));
    }
}
