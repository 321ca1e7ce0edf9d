using Logtrail.Application.Audit;
using Logtrail.Application.Common.Behaviours;
using Logtrail.Application.Common.Security;
using MediatR;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Logtrail.Application.UnitTests.Behaviours;

public sealed class AdminAuditBehaviourTests
{
    private static readonly Guid TokenId = Guid.NewGuid();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private Mock<IAdminAuditTrail> _trail = null!;

    [SetUp]
    public void Reset() => _trail = new Mock<IAdminAuditTrail>();

    [Test]
    public async Task A_successful_audited_action_is_recorded_once_with_actor_token_address_time_and_the_event()
    {
        await Send(new RenameThing("new name"), () => Task.FromResult("thing-7"));

        _trail.Verify(trail => trail.RecordAsync(
            It.Is<AdminAuditEntry>(entry =>
                entry.Actor == "token" && entry.TokenId == TokenId && entry.ClientIp == "192.0.2.10" && entry.Time == _clock.GetUtcNow()
                && entry.Action == "thing.renamed" && entry.Target == "thing:thing-7" && (string?)entry.Details["name"] == "new name"),
            It.IsAny<CancellationToken>()), Times.Once);
        _trail.VerifyNoOtherCalls();
    }

    [Test]
    public void A_failed_action_is_not_recorded()
    {
        Assert.ThrowsAsync<InvalidOperationException>(() => Send(new RenameThing("x"), () => throw new InvalidOperationException()));

        _trail.VerifyNoOtherCalls();
    }

    [Test]
    public async Task A_request_that_is_not_audited_is_not_recorded()
    {
        await Send(new AdminRequest(), () => Task.FromResult("read"));

        _trail.VerifyNoOtherCalls();
    }

    private Task<string> Send<TRequest>(TRequest request, RequestHandlerDelegate<string> handler)
    {
        var caller = new Mock<ICallerContext>();
        caller.SetupGet(c => c.AdminActor).Returns(AdminActor.Token(TokenId));
        caller.SetupGet(c => c.ClientAddress).Returns("192.0.2.10");
        return new AdminAuditBehaviour<TRequest, string>(caller.Object, _trail.Object, _clock).Handle(request, CancellationToken.None, handler);
    }

    [RequiresAdminToken]
    private sealed record RenameThing(string Name) : IRequest<string>, IAuditedAdminAction<string>
    {
        public AdminAuditEvent Audit(string response) =>
            new("thing.renamed", $"thing:{response}", new Dictionary<string, object?> { ["name"] = Name });
    }
}
