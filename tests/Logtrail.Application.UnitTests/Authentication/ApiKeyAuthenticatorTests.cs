using Logtrail.Application.Authentication;
using Logtrail.Application.Common.Security;
using Logtrail.Domain.Keys;
using Logtrail.Domain.Tenancy;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Logtrail.Application.UnitTests.Authentication;

public sealed class ApiKeyAuthenticatorTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private Mock<IApiKeyDirectory> _directory = null!;
    private Mock<IKeyUsageRecorder> _usage = null!;
    private ApiKeyAuthenticator _authenticator = null!;

    [SetUp]
    public void SetUp()
    {
        _directory = new Mock<IApiKeyDirectory>(MockBehavior.Strict);
        _usage = new Mock<IKeyUsageRecorder>();
        _authenticator = new ApiKeyAuthenticator(_directory.Object, _usage.Object, _clock);
    }

    [TestCase(null, "AUTH_MISSING_API_KEY")]
    [TestCase("", "AUTH_MISSING_API_KEY")]
    [TestCase("lt_production_rw_short", "AUTH_INVALID_API_KEY")]
    [TestCase("lt_production_wo_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab3Ib7Ya", "AUTH_INVALID_API_KEY")]
    public async Task A_missing_or_malformed_key_is_refused_without_a_lookup(string? presented, string expectedCode)
    {
        var outcome = await _authenticator.AuthenticateAsync(presented, CancellationToken.None);

        Assert.That(outcome.Succeeded, Is.False);
        Assert.That(outcome.ErrorCode, Is.EqualTo(expectedCode));
        _directory.VerifyNoOtherCalls();
    }

    [Test]
    public async Task A_well_formed_unknown_key_is_invalid()
    {
        _directory.Setup(d => d.FindByHashAsync(It.IsAny<byte[]>(), It.IsAny<CancellationToken>())).ReturnsAsync((ApiKeyCredential?)null);

        var outcome = await _authenticator.AuthenticateAsync(ApiKeyFormat.Generate(DeploymentEnvironment.Staging, KeyType.ReadOnly), CancellationToken.None);

        Assert.That(outcome.ErrorCode, Is.EqualTo("AUTH_INVALID_API_KEY"));
    }

    [Test]
    public async Task A_valid_key_authenticates_as_its_workspace_and_environment_and_its_use_is_recorded()
    {
        var (text, credential) = Stored(expiresAt: null, revokedAt: null);

        var outcome = await _authenticator.AuthenticateAsync(text, CancellationToken.None);

        Assert.That(outcome.Succeeded, Is.True);
        Assert.That(outcome.Caller!.KeyId, Is.EqualTo(credential.Key.Id));
        Assert.That(outcome.Caller.Environment, Is.EqualTo(DeploymentEnvironment.Staging));
        Assert.That(outcome.Caller.Workspace, Is.EqualTo(credential.Workspace));
        _usage.Verify(u => u.RecordUse(credential.Key.Id, _clock.GetUtcNow()), Times.Once);
    }

    [Test]
    public async Task A_revoked_key_is_invalid()
    {
        var (text, _) = Stored(expiresAt: null, revokedAt: _clock.GetUtcNow().AddSeconds(-1));

        var outcome = await _authenticator.AuthenticateAsync(text, CancellationToken.None);

        Assert.That(outcome.ErrorCode, Is.EqualTo("AUTH_INVALID_API_KEY"));
        _usage.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Expiry_is_checked_on_every_request_against_the_clock()
    {
        var (text, _) = Stored(expiresAt: _clock.GetUtcNow().AddMinutes(1), revokedAt: null);

        var before = await _authenticator.AuthenticateAsync(text, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var after = await _authenticator.AuthenticateAsync(text, CancellationToken.None);

        Assert.That(before.Succeeded, Is.True);
        Assert.That(after.ErrorCode, Is.EqualTo("AUTH_API_KEY_EXPIRED"));
    }

    [Test]
    public async Task A_stored_hash_that_differs_from_the_presented_key_is_invalid()
    {
        var (text, credential) = Stored(expiresAt: null, revokedAt: null);
        var tampered = credential with { KeyHash = SecretHash.Compute("something else") };
        _directory.Setup(d => d.FindByHashAsync(It.IsAny<byte[]>(), It.IsAny<CancellationToken>())).ReturnsAsync(tampered);

        var outcome = await _authenticator.AuthenticateAsync(text, CancellationToken.None);

        Assert.That(outcome.ErrorCode, Is.EqualTo("AUTH_INVALID_API_KEY"));
    }

    private (string Text, ApiKeyCredential Credential) Stored(DateTimeOffset? expiresAt, DateTimeOffset? revokedAt)
    {
        var text = ApiKeyFormat.Generate(DeploymentEnvironment.Staging, KeyType.ReadOnly);
        var hash = SecretHash.Compute(text);
        var key = new ApiKey(Guid.NewGuid(), Guid.NewGuid(), "k", DeploymentEnvironment.Staging, KeyType.ReadOnly,
            ApiKeyFormat.DisplayPrefix(text), _clock.GetUtcNow().AddDays(-1), expiresAt, revokedAt, null);
        var credential = new ApiKeyCredential(key, hash, new KeyWorkspace(Guid.NewGuid(), "Org", key.ProjectId, "Project", "free"));
        _directory.Setup(d => d.FindByHashAsync(It.Is<byte[]>(h => h.SequenceEqual(hash)), It.IsAny<CancellationToken>()))
            .ReturnsAsync(credential);
        return (text, credential);
    }
}
