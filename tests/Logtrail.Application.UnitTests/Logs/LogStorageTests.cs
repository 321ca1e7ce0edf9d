using Logtrail.Application.Common.Persistence;
using Logtrail.Application.Logs.Idempotency;
using Logtrail.Application.Logs.Queries.AggregateLogs;
using Logtrail.Application.Logs.Storage;
using Logtrail.Domain.Logs;
using Logtrail.Domain.Tenancy;
using Moq;

namespace Logtrail.Application.UnitTests.Logs;

public sealed class LogStorageTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly IdempotencyRequest Request = new("key-1", [1, 2, 3]);
    private Mock<IWriteTransaction> _transaction = null!;
    private Mock<ILogStore> _logs = null!;
    private Mock<IUsageCounter> _usage = null!;
    private Mock<IIdempotencyStore> _idempotency = null!;
    private LogStorage _storage = null!;

    [SetUp]
    public void Create()
    {
        _transaction = new Mock<IWriteTransaction>();
        var transactions = new Mock<IWriteTransactions>();
        transactions.Setup(factory => factory.BeginAsync(It.IsAny<CancellationToken>())).ReturnsAsync(_transaction.Object);
        _logs = new Mock<ILogStore>();
        _usage = new Mock<IUsageCounter>();
        _idempotency = new Mock<IIdempotencyStore>();
        _storage = new LogStorage(
            transactions.Object, _logs.Object, _usage.Object, _idempotency.Object, Mock.Of<ILogCommitAnnouncer>(), new AggregateCacheOptions());
    }

    [Test]
    public async Task Logs_and_their_usage_are_written_in_one_transaction_that_commits()
    {
        var entries = new[] { Entry() };

        await _storage.WriteAsync(entries, CancellationToken.None);

        _logs.Verify(store => store.AppendAsync(_transaction.Object, entries, It.IsAny<CancellationToken>()));
        _usage.Verify(counter => counter.CountAsync(_transaction.Object, entries, It.IsAny<CancellationToken>()));
        _transaction.Verify(transaction => transaction.CommitAsync(It.IsAny<CancellationToken>()));
    }

    [Test]
    public async Task A_granted_claim_stores_the_logs_and_remembers_the_response_in_the_same_transaction()
    {
        var entry = Entry();
        ClaimIs(IdempotencyClaim.Granted);

        var claim = await _storage.WriteOnceAsync([entry], Request, "{\"ingested\":1}", CancellationToken.None);

        Assert.That(claim, Is.EqualTo(IdempotencyClaim.Granted));
        _logs.Verify(store => store.AppendAsync(_transaction.Object, It.IsAny<IReadOnlyList<LogEntry>>(), It.IsAny<CancellationToken>()));
        _idempotency.Verify(store => store.RememberAsync(
            _transaction.Object, entry.ProjectId, entry.Environment, Request, "{\"ingested\":1}", Now, It.IsAny<CancellationToken>()));
        _transaction.Verify(transaction => transaction.CommitAsync(It.IsAny<CancellationToken>()));
    }

    [Test]
    public async Task A_claim_answered_by_an_earlier_request_stores_and_counts_nothing()
    {
        ClaimIs(new IdempotencyClaim.ReplayClaim("earlier"));

        var claim = await _storage.WriteOnceAsync([Entry()], Request, "{}", CancellationToken.None);

        Assert.That(claim, Is.EqualTo(new IdempotencyClaim.ReplayClaim("earlier")));
        _logs.VerifyNoOtherCalls();
        _usage.VerifyNoOtherCalls();
        _transaction.Verify(transaction => transaction.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    private void ClaimIs(IdempotencyClaim claim) =>
        _idempotency.Setup(store => store.ClaimAsync(
                _transaction.Object, It.IsAny<Guid>(), It.IsAny<DeploymentEnvironment>(), Request, Now, It.IsAny<CancellationToken>()))
            .ReturnsAsync(claim);

    [Test]
    public async Task The_transaction_must_begin_within_the_write_age_of_the_oldest_stamp()
    {
        var oldest = Entry(Now.AddSeconds(-30));

        await _storage.WriteAsync([Entry(Now), oldest, Entry(Now.AddSeconds(-10))], CancellationToken.None);

        _transaction.Verify(transaction => transaction.RequireBegunBy(oldest.ServerTimestamp + new AggregateCacheOptions().MaxWriteAge));
        _transaction.Verify(transaction => transaction.CommitAsync(It.IsAny<CancellationToken>()));
    }

    [Test]
    public void A_transaction_begun_too_late_is_answered_with_a_503()
    {
        _transaction.Setup(transaction => transaction.CommitAsync(It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TransactionBegunTooLateException(Now, new InvalidOperationException("raised by the database")));

        var thrown = Assert.ThrowsAsync<StaleWriteException>(() => _storage.WriteAsync([Entry()], CancellationToken.None));

        Assert.That(thrown!.ErrorCode, Is.EqualTo("INTERNAL_LOG_SERVICE_ERROR"));
        Assert.That(thrown.Reason, Is.EqualTo("write_too_slow"));
    }

    private static LogEntry Entry() => Entry(Now);

    private static LogEntry Entry(DateTimeOffset stamped) =>
        new(LogIds.New(stamped), Guid.NewGuid(), DeploymentEnvironment.Production, Level.Info, "user.login", null, [], null, null, null, null, stamped,
            stamped, null, Guid.NewGuid());
}
