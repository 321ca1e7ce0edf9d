using Logtrail.Application.Audit;
using Logtrail.Application.Common.Behaviours;
using Logtrail.Application.Common.Persistence;
using Logtrail.Application.Common.Security;
using MediatR;
using Moq;

namespace Logtrail.Application.UnitTests.Behaviours;

public sealed class UnitOfWorkBehaviourTests
{
    private readonly List<string> _events = [];
    private Mock<IUnitOfWork> _unitOfWork = null!;

    [SetUp]
    public void Reset()
    {
        _events.Clear();
        _unitOfWork = new Mock<IUnitOfWork>();
        _unitOfWork.Setup(unit => unit.ExecuteAsync(It.IsAny<Func<Task<string>>>(), It.IsAny<CancellationToken>()))
            .Returns(async (Func<Task<string>> work, CancellationToken _) =>
            {
                _events.Add("begin");
                var result = await work();
                _events.Add("commit");
                return result;
            });
    }

    [Test]
    public async Task An_admin_command_runs_inside_one_unit_of_work()
    {
        var response = await Send(new RenameThing(), () =>
        {
            _events.Add("handler");
            return Task.FromResult("done");
        });

        Assert.That(response, Is.EqualTo("done"));
        Assert.That(_events, Is.EqualTo(new[] { "begin", "handler", "commit" }));
    }

    [Test]
    public void A_failing_admin_command_fails_its_unit_of_work_before_it_commits()
    {
        Assert.ThrowsAsync<InvalidOperationException>(() => Send(new RenameThing(), () => throw new InvalidOperationException()));

        Assert.That(_events, Is.EqualTo(new[] { "begin" }));
    }

    [Test]
    public async Task A_query_runs_without_a_unit_of_work()
    {
        await Send(new ReadThing(), () => Task.FromResult("read"));

        _unitOfWork.VerifyNoOtherCalls();
    }

    private Task<string> Send<TRequest>(TRequest request, RequestHandlerDelegate<string> handler) =>
        new UnitOfWorkBehaviour<TRequest, string>(_unitOfWork.Object).Handle(request, CancellationToken.None, handler);

    [RequiresAdminToken]
    private sealed record RenameThing : IRequest<string>, IAuditedAdminAction<string>
    {
        public AdminAuditEvent Audit(string response) => new("thing.renamed", $"thing:{response}");
    }

    [RequiresAdminToken]
    private sealed record ReadThing : IRequest<string>;
}
