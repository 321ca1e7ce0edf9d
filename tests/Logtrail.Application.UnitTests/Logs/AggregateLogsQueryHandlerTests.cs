using AutoMapper;
using Logtrail.Application.Common.Security;
using Logtrail.Application.Logs;
using Logtrail.Application.Logs.Queries.AggregateLogs;
using Logtrail.Application.UnitTests.Behaviours;
using Logtrail.Domain.Keys;
using Logtrail.Domain.Plans;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Logtrail.Application.UnitTests.Logs;

public sealed class AggregateLogsQueryHandlerTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private readonly CallerKey _key = CallerKeys.Of(KeyType.ReadOnly);
    private readonly Mock<ILogAggregator> _aggregator = new();
    private LogFilter? _filter;

    [Test]
    public async Task The_port_gets_the_callers_tenant_retention_window_and_query_and_one_group_more_than_returned()
    {
        Setup(new LogGroupCount(["error"], null, 3));

        await Handle(new AggregateLogsQuery("level=error", "2026-11-20T00:00:00Z", null, ["level"], "hour"));

        Assert.That(_filter!.ProjectId, Is.EqualTo(_key.ProjectId));
        Assert.That(_filter.Environment, Is.EqualTo(_key.Environment));
        Assert.That(_filter.NotBefore, Is.EqualTo(_clock.GetUtcNow().AddDays(-120)));
        Assert.That(_filter.From, Is.EqualTo(new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero)));
        Assert.That(_filter.Query!.Terms, Has.Count.EqualTo(1));
        _aggregator.Verify(port => port.CountAsync(It.IsAny<LogFilter>(), It.IsAny<IReadOnlyList<LogGrouping>>(), BucketInterval.Hour, AggregateLogsQuery.MaxGroups + 1, It.IsAny<CancellationToken>()));
    }

    [Test]
    public async Task Keys_name_each_grouping_as_written_json_values_stay_json_and_the_bucket_is_added()
    {
        var bucket = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        Setup(new LogGroupCount(["billing", "500"], bucket, 7));

        var result = await Handle(new AggregateLogsQuery(null, null, null, ["tags", "metadata.status"], "hour"));

        var key = result.Groups.Single().Key;
        Assert.That(key["tags"], Is.EqualTo("billing"));
        Assert.That(key["metadata.status"], Is.EqualTo(new RawJson("500")));
        Assert.That(key["bucket"], Is.EqualTo(bucket));
        Assert.That(result.Truncated, Is.False);
    }

    [Test]
    public async Task More_groups_than_the_cap_are_cut_and_marked_truncated()
    {
        Setup(Enumerable.Range(0, AggregateLogsQuery.MaxGroups + 1).Select(index => new LogGroupCount([$"a{index}"], null, 1)).ToArray());

        var result = await Handle(new AggregateLogsQuery(null, null, null, ["action"], null));

        Assert.That(result.Groups, Has.Count.EqualTo(AggregateLogsQuery.MaxGroups));
        Assert.That(result.Truncated, Is.True);
    }

    [TestCase("metadata.a.b", true)]
    [TestCase("tag", true)]
    [TestCase("metadata", false)]
    [TestCase("metadata..a", false)]
    [TestCase("payload.a", false)]
    [TestCase("", false)]
    public void Group_by_entries_are_columns_or_json_paths(string text, bool valid) =>
        Assert.That(LogGrouping.TryParse(text, out _), Is.EqualTo(valid));

    private void Setup(params LogGroupCount[] rows) =>
        _aggregator.Setup(port => port.CountAsync(It.IsAny<LogFilter>(), It.IsAny<IReadOnlyList<LogGrouping>>(), It.IsAny<BucketInterval?>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .Callback<LogFilter, IReadOnlyList<LogGrouping>, BucketInterval?, int, CancellationToken>((filter, _, _, _, _) => _filter = filter)
            .ReturnsAsync(rows);

    private Task<AggregateResult> Handle(AggregateLogsQuery query)
    {
        var caller = new Mock<ICallerContext>();
        caller.SetupGet(context => context.Key).Returns(_key);
        var reader = new CallerLogReader(caller.Object, Mock.Of<ILogReader>(), new PlanCatalog(DefaultPlans.All), _clock, Mock.Of<IMapper>());
        var counter = new AggregateCounter(_aggregator.Object, Mock.Of<IAggregateCache>(), new AggregateCacheOptions { Enabled = false }, _clock);
        return new AggregateLogsQueryHandler(reader, counter).Handle(query, CancellationToken.None);
    }
}
