using Logtrail.Application.Common.Behaviours;
using Logtrail.Application.Common.Security;
using Logtrail.Application.Logs.Idempotency;
using Logtrail.Application.Usage;
using Logtrail.Domain.Keys;
using Logtrail.Domain.Plans;
using Logtrail.Domain.Usage;
using MediatR;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Logtrail.Application.UnitTests.Behaviours;

public sealed class MonthlyQuotaBehaviourTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 23, 0, 0, TimeSpan.Zero);
    private Mock<IUsageReader> _usage = null!;
    private Mock<IIdempotencyStore> _idempotency = null!;
    private bool _handlerRan;

    [SetUp]
    public void Reset()
    {
        _usage = new Mock<IUsageReader>();
        _idempotency = new Mock<IIdempotencyStore>();
        _handlerRan = false;
    }

    [Test]
    public async Task A_batch_that_fits_under_limit_and_grace_reaches_the_handler()
    {
        UsageIs(5_490);

        await Send(new StoringRequest(10), "free");

        Assert.That(_handlerRan, Is.True);
    }

    [Test]
    public void A_batch_that_would_cross_the_ceiling_is_refused_with_the_time_to_the_reset()
    {
        UsageIs(5_490);

        var exception = Assert.ThrowsAsync<MonthlyQuotaExceededException>(() => Send(new StoringRequest(11), "free"));

        Assert.That(exception!.ErrorCode, Is.EqualTo("QUOTA_MONTHLY_LOG_LIMIT_EXCEEDED"));
        Assert.That(exception.RetryAfter, Is.EqualTo(TimeSpan.FromHours(1)));
        Assert.That(exception.Details["used"], Is.EqualTo(5_490L));
        Assert.That(_handlerRan, Is.False);
    }

    [Test]
    public async Task An_unlimited_plan_never_reads_usage()
    {
        await Send(new StoringRequest(10_000), "enterprise");

        Assert.That(_handlerRan, Is.True);
        _usage.VerifyNoOtherCalls();
    }

    [Test]
    public async Task A_request_that_stores_nothing_is_not_checked()
    {
        UsageIs(1_000_000);

        await Send(new AnyKeyRequest(), "free");

        Assert.That(_handlerRan, Is.True);
        _usage.VerifyNoOtherCalls();
    }

    [Test]
    public async Task A_retry_whose_idempotency_key_is_remembered_is_let_through_even_when_the_quota_is_spent()
    {
        UsageIs(5_500);
        _idempotency.Setup(lookup => lookup.IsRememberedAsync(It.IsAny<Guid>(), It.IsAny<Domain.Tenancy.DeploymentEnvironment>(), "retry-1",
                Now - IdempotencyRequest.Lifetime, It.IsAny<CancellationToken>()))
            .ReturnsAsync(true);

        await Send(new StoringRequest(1, new IdempotencyRequest("retry-1", [1, 2, 3])), "free");

        Assert.That(_handlerRan, Is.True);
    }

    [Test]
    public void A_new_idempotency_key_is_checked_like_any_request()
    {
        UsageIs(5_500);

        Assert.ThrowsAsync<MonthlyQuotaExceededException>(() => Send(new StoringRequest(1, new IdempotencyRequest("fresh", [1])), "free"));
        Assert.That(_handlerRan, Is.False);
    }

    [Test]
    public void Usage_is_read_exactly_not_from_a_cache()
    {
        UsageIs(0);

        Assert.DoesNotThrowAsync(() => Send(new StoringRequest(1), "free"));

        _usage.Verify(usage => usage.CountIngestedAsync(It.IsAny<Guid>(), It.IsAny<BillingPeriod>(), TimeSpan.Zero, It.IsAny<CancellationToken>()));
    }

    private void UsageIs(long used) =>
        _usage.Setup(usage => usage.CountIngestedAsync(It.IsAny<Guid>(), BillingPeriod.Containing(Now), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(used);

    private Task<string> Send<TRequest>(TRequest request, string planCode)
    {
        var template = CallerKeys.Of(KeyType.ReadWrite);
        var key = template with { Workspace = template.Workspace with { PlanCode = planCode } };
        var caller = new Mock<ICallerContext>();
        caller.SetupGet(c => c.Key).Returns(key);
        var clock = new FakeTimeProvider(Now);
        var plans = new PlanCatalog(DefaultPlans.All);
        var behaviour = new MonthlyQuotaBehaviour<TRequest, string>(
            caller.Object, plans, new MonthlyUsageReader(_usage.Object, plans, clock), new QuotaGrace(10), _idempotency.Object, clock);
        return behaviour.Handle(request, CancellationToken.None, () =>
        {
            _handlerRan = true;
            return Task.FromResult("handled");
        });
    }

    [RequiresPermission(Permission.LogsWrite)]
    private sealed record StoringRequest(int LogCount, IdempotencyRequest? Idempotency = null) : IRequest<string>, IConsumesMonthlyQuota;
}
