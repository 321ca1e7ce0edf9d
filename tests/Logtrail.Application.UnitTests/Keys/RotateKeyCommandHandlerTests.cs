using AutoMapper;
using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Keys;
using Logtrail.Application.Keys.Commands.RotateKey;
using Logtrail.Domain.Keys;
using Logtrail.Domain.Tenancy;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Logtrail.Application.UnitTests.Keys;

public sealed class RotateKeyCommandHandlerTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private readonly IMapper _mapper = new MapperConfiguration(cfg => cfg.AddProfile<KeyMappingProfile>(), NullLoggerFactory.Instance).CreateMapper();
    private Mock<IApiKeyRepository> _keys = null!;

    [SetUp]
    public void SetUp() => _keys = new Mock<IApiKeyRepository>();

    [Test]
    public async Task The_replacement_has_the_same_name_environment_and_type_and_the_old_key_expires_after_the_grace()
    {
        var old = Existing(revokedAt: null);
        _keys.Setup(k => k.RotateAsync(old.Id, It.IsAny<DateTimeOffset>(), It.IsAny<ApiKey>(), It.IsAny<byte[]>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(true);

        var created = await Handler().Handle(new RotateKeyCommand(old.Id, 3600, null), CancellationToken.None);

        Assert.That(created.Name, Is.EqualTo(old.Name));
        Assert.That(created.Environment, Is.EqualTo("staging"));
        Assert.That(created.Type, Is.EqualTo("wo"));
        Assert.That(created.Key, Does.StartWith("lt_staging_wo_"));
        Assert.That(created.Id, Is.Not.EqualTo(old.Id));
        _keys.Verify(k => k.RotateAsync(old.Id, _clock.GetUtcNow().AddHours(1), It.Is<ApiKey>(n => n.ExpiresAt == null),
            It.Is<byte[]>(h => h.SequenceEqual(SecretHash.Compute(created.Key))), It.IsAny<CancellationToken>()));
    }

    [Test]
    public void Rotating_a_revoked_key_is_a_conflict_and_stores_nothing()
    {
        var old = Existing(revokedAt: _clock.GetUtcNow().AddDays(-1));

        var exception = Assert.ThrowsAsync<ConflictException>(() => Handler().Handle(new RotateKeyCommand(old.Id, null, null), CancellationToken.None));

        Assert.That(exception!.ErrorCode, Is.EqualTo("KEY_REVOKED"));
        _keys.Verify(k => k.RotateAsync(It.IsAny<Guid>(), It.IsAny<DateTimeOffset>(), It.IsAny<ApiKey>(), It.IsAny<byte[]>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void A_key_revoked_while_rotating_is_a_conflict()
    {
        var old = Existing(revokedAt: null);
        _keys.Setup(k => k.RotateAsync(old.Id, It.IsAny<DateTimeOffset>(), It.IsAny<ApiKey>(), It.IsAny<byte[]>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(false);

        Assert.ThrowsAsync<ConflictException>(() => Handler().Handle(new RotateKeyCommand(old.Id, 0, null), CancellationToken.None));
    }

    [Test]
    public void An_unknown_key_is_not_found()
    {
        Assert.ThrowsAsync<NotFoundException>(() => Handler().Handle(new RotateKeyCommand(Guid.NewGuid(), 0, null), CancellationToken.None));
    }

    [TestCase(-1, false)]
    [TestCase(0, true)]
    [TestCase(604_800, true)]
    [TestCase(604_801, false)]
    public void The_grace_period_is_zero_to_seven_days(int seconds, bool valid)
    {
        var result = new RotateKeyCommandValidator(_clock).Validate(new RotateKeyCommand(Guid.NewGuid(), seconds, null));

        Assert.That(result.IsValid, Is.EqualTo(valid));
    }

    private RotateKeyCommandHandler Handler() => new(_keys.Object, new ApiKeyIssuer(_clock), _clock, _mapper);

    private ApiKey Existing(DateTimeOffset? revokedAt)
    {
        var key = new ApiKey(Guid.NewGuid(), Guid.NewGuid(), "ci ingest", DeploymentEnvironment.Staging, KeyType.WriteOnly,
            "lt_staging_wo_abcd", _clock.GetUtcNow().AddDays(-10), null, revokedAt, null);
        _keys.Setup(k => k.GetAsync(key.Id, It.IsAny<CancellationToken>())).ReturnsAsync(key);
        return key;
    }
}
