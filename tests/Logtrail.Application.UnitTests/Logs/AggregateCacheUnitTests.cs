using Logtrail.Application.Logs;
using Logtrail.Application.Logs.Queries.AggregateLogs;
using Logtrail.Domain.Lcql;
using Logtrail.Domain.Tenancy;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Logtrail.Application.UnitTests.Logs;

/// <summary>The aggregate cache's policy: which splits are closed, cached, counted and stored, and how counts add up.</summary>
public sealed class AggregateCacheUnitTests
{
    private static readonly DateTimeOffset Midnight = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    [Test]
    public void Closed_whole_hours_are_cached_or_stored_and_the_partial_edges_and_open_hours_are_counted()
    {
        var from = Midnight.AddMinutes(20);
        var closedBefore = Midnight.AddHours(5).AddMinutes(10);

        var plan = AggregateSplitPlan.Make(BucketInterval.Hour, from, null, closedBefore, [Midnight.AddHours(1), Midnight.AddHours(2)]);

        Assert.That(plan.Cached, Is.EquivalentTo(new[] { Midnight.AddHours(1), Midnight.AddHours(2) }));
        Assert.That(plan.ToStore, Is.EqualTo(new[] { Midnight.AddHours(3), Midnight.AddHours(4) }));
        Assert.That(plan.Counted, Is.EqualTo(new[]
        {
            new TimeRange(from, Midnight.AddHours(1)),
            new TimeRange(Midnight.AddHours(3), null),
        }));
    }

    [Test]
    public void A_window_without_a_closed_whole_split_is_counted_whole()
    {
        var plan = AggregateSplitPlan.Make(BucketInterval.Hour, Midnight.AddMinutes(5), Midnight.AddMinutes(50), Midnight.AddHours(3), []);

        Assert.That(plan.Cached, Is.Empty);
        Assert.That(plan.ToStore, Is.Empty);
        Assert.That(plan.Counted, Is.EqualTo(new[] { new TimeRange(Midnight.AddMinutes(5), Midnight.AddMinutes(50)) }));
    }

    [Test]
    public void Scattered_cached_splits_are_counted_again_in_one_range()
    {
        var cached = Enumerable.Range(0, 20).Select(hour => Midnight.AddHours(hour * 2));

        var plan = AggregateSplitPlan.Make(BucketInterval.Hour, Midnight, Midnight.AddHours(40), Midnight.AddHours(48), cached);

        Assert.That(plan.Counted, Is.EqualTo(new[] { new TimeRange(Midnight, Midnight.AddHours(40)) }));
        Assert.That(plan.ToStore, Has.Count.EqualTo(40));
        Assert.That(plan.Cached, Is.Empty);
    }

    [Test]
    public void Queries_that_differ_only_in_spacing_and_optional_and_share_a_fingerprint()
    {
        Assert.That(Fingerprint("level = error  tag=x"), Is.EqualTo(Fingerprint("level=error AND tag=x")));
        Assert.That(Fingerprint("level=error tag=x"), Is.Not.EqualTo(Fingerprint("level=error OR tag=x")));
        Assert.That(Fingerprint("metadata.kind=\"null\""), Is.Not.EqualTo(Fingerprint("metadata.kind=null")));
        Assert.That(
            AggregateFingerprint.Of(Parse("level=error"), Groupings("level"), BucketInterval.Hour),
            Is.Not.EqualTo(AggregateFingerprint.Of(Parse("level=error"), Groupings("action"), BucketInterval.Hour)));
    }

    [Test]
    public void The_tally_adds_splits_into_buckets_ordered_by_bucket_then_count_then_level_severity()
    {
        var tally = new AggregateTally(Groupings("level"), BucketInterval.Day);
        tally.Add(["warn"], Midnight.AddHours(1), 2);
        tally.Add(["error"], Midnight.AddHours(2), 1);
        tally.Add(["warn"], Midnight.AddHours(3), 3);
        tally.Add(["error"], Midnight.AddHours(4), 4);
        tally.Add([null], Midnight.AddHours(5), 5);
        tally.Add(["info"], Midnight.AddDays(1), 1);

        var groups = tally.Ordered(10);

        Assert.That(groups.Select(group => (group.Values[0], group.Bucket, group.Count)), Is.EqualTo(new (string?, DateTimeOffset?, long)[]
        {
            ("warn", Midnight, 5), ("error", Midnight, 5), (null, Midnight, 5), ("info", Midnight.AddDays(1), 1),
        }));
    }

    [Test]
    public async Task Cached_splits_are_read_the_rest_counted_and_the_newly_closed_stored()
    {
        var clock = new FakeTimeProvider(Midnight.AddHours(6).AddMinutes(30));
        var options = new AggregateCacheOptions { MaxWriteAge = TimeSpan.FromMinutes(5), ClockSkew = TimeSpan.FromMinutes(1) };
        var cache = new Mock<IAggregateCache>();
        cache.Setup(port => port.ReadAsync(It.IsAny<AggregateCacheKey>(), It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new CachedAggregate(7, TimeSpan.FromMinutes(30), [new CountedSplit(Midnight.AddHours(1), Midnight.AddHours(2), [new SplitGroup(["info"], 10)])]));
        IReadOnlyList<TimeRange>? counted = null;
        var aggregator = new Mock<ILogAggregator>();
        aggregator.Setup(port => port.CountSplitsAsync(
                It.IsAny<LogFilter>(), It.IsAny<IReadOnlyList<LogGrouping>>(), BucketInterval.Hour, It.IsAny<IReadOnlyList<TimeRange>>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .Callback<LogFilter, IReadOnlyList<LogGrouping>, BucketInterval, IReadOnlyList<TimeRange>, int, CancellationToken>((_, _, _, ranges, _, _) => counted = ranges)
            .ReturnsAsync([new LogGroupCount(["info"], Midnight.AddHours(2), 4), new LogGroupCount(["info"], Midnight.AddHours(5), 1)]);
        IReadOnlyList<CountedSplit>? stored = null;
        cache.Setup(port => port.StoreAsync(It.IsAny<AggregateCacheKey>(), 7, It.IsAny<IReadOnlyList<CountedSplit>>(), It.IsAny<CancellationToken>()))
            .Callback<AggregateCacheKey, long, IReadOnlyList<CountedSplit>, CancellationToken>((_, _, splits, _) => stored = splits)
            .Returns(Task.CompletedTask);
        var filter = LogFilter.Newest(Guid.NewGuid(), DeploymentEnvironment.Production, Midnight.AddHours(1), int.MaxValue) with { Query = Parse("") };

        var groups = await new AggregateCounter(aggregator.Object, cache.Object, options, clock)
            .CountAsync(filter, Groupings("level"), null, 100, CancellationToken.None);

        // Closed before 06:30 − 30 min (the oldest transaction) − 5 min − 1 min = 05:54: hours 01–04 are closed.
        Assert.That(counted, Is.EqualTo(new[] { new TimeRange(Midnight.AddHours(2), null) }));
        Assert.That(stored!.Select(split => (split.Start, split.End)), Is.EqualTo(new[]
        {
            (Midnight.AddHours(2), Midnight.AddHours(3)), (Midnight.AddHours(3), Midnight.AddHours(5)),
        }), "hour 02 with its logs, then hours 03–04 without any as one run");
        Assert.That(stored!.Select(split => split.Groups.Sum(group => group.Count)), Is.EqualTo(new long[] { 4, 0 }));
        Assert.That(groups.Single().Count, Is.EqualTo(15));
    }

    [Test]
    public async Task A_cached_run_of_empty_hours_is_not_counted_again()
    {
        var clock = new FakeTimeProvider(Midnight.AddHours(6).AddMinutes(30));
        var cache = new Mock<IAggregateCache>();
        cache.Setup(port => port.ReadAsync(It.IsAny<AggregateCacheKey>(), It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new CachedAggregate(0, TimeSpan.Zero,
            [
                new CountedSplit(Midnight.AddHours(1), Midnight.AddHours(2), [new SplitGroup(["info"], 10)]),
                new CountedSplit(Midnight.AddHours(2), Midnight.AddHours(6), []),
            ]));
        IReadOnlyList<TimeRange>? counted = null;
        var aggregator = new Mock<ILogAggregator>();
        aggregator.Setup(port => port.CountSplitsAsync(
                It.IsAny<LogFilter>(), It.IsAny<IReadOnlyList<LogGrouping>>(), BucketInterval.Hour, It.IsAny<IReadOnlyList<TimeRange>>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .Callback<LogFilter, IReadOnlyList<LogGrouping>, BucketInterval, IReadOnlyList<TimeRange>, int, CancellationToken>((_, _, _, ranges, _, _) => counted = ranges)
            .ReturnsAsync([new LogGroupCount(["info"], Midnight.AddHours(6), 2)]);
        var filter = LogFilter.Newest(Guid.NewGuid(), DeploymentEnvironment.Production, Midnight.AddHours(1), int.MaxValue) with { Query = Parse("") };

        var groups = await new AggregateCounter(aggregator.Object, cache.Object, new AggregateCacheOptions(), clock)
            .CountAsync(filter, Groupings("level"), null, 100, CancellationToken.None);

        Assert.That(counted, Is.EqualTo(new[] { new TimeRange(Midnight.AddHours(6), null) }), "only the open hour is counted");
        cache.Verify(port => port.StoreAsync(It.IsAny<AggregateCacheKey>(), It.IsAny<long>(), It.IsAny<IReadOnlyList<CountedSplit>>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.That(groups.Single().Count, Is.EqualTo(12));
    }

    [Test]
    public async Task A_window_whose_closed_hours_are_all_cached_empty_counts_only_the_open_ones()
    {
        var cache = new Mock<IAggregateCache>();
        cache.Setup(port => port.ReadAsync(It.IsAny<AggregateCacheKey>(), It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new CachedAggregate(0, TimeSpan.Zero, [new CountedSplit(Midnight.AddHours(1), Midnight.AddHours(6), [])]));
        var aggregator = new Mock<ILogAggregator>();
        aggregator.Setup(port => port.CountSplitsAsync(
                It.IsAny<LogFilter>(), It.IsAny<IReadOnlyList<LogGrouping>>(), BucketInterval.Hour, It.IsAny<IReadOnlyList<TimeRange>>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([]);
        var filter = LogFilter.Newest(Guid.NewGuid(), DeploymentEnvironment.Production, Midnight.AddHours(1), int.MaxValue) with { Query = Parse("") };

        var groups = await new AggregateCounter(aggregator.Object, cache.Object, new AggregateCacheOptions(), new FakeTimeProvider(Midnight.AddHours(6).AddMinutes(30)))
            .CountAsync(filter, Groupings("level"), null, 100, CancellationToken.None);

        Assert.That(groups, Is.Empty);
        aggregator.Verify(port => port.CountSplitsAsync(
            It.IsAny<LogFilter>(), It.IsAny<IReadOnlyList<LogGrouping>>(), BucketInterval.Hour,
            It.Is<IReadOnlyList<TimeRange>>(ranges => ranges.SequenceEqual(new[] { new TimeRange(Midnight.AddHours(6), null) })),
            It.IsAny<int>(), It.IsAny<CancellationToken>()));
        aggregator.Verify(port => port.CountAsync(
            It.IsAny<LogFilter>(), It.IsAny<IReadOnlyList<LogGrouping>>(), It.IsAny<BucketInterval?>(), It.IsAny<int>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private static byte[] Fingerprint(string query) => AggregateFingerprint.Of(Parse(query), Groupings("level"), BucketInterval.Hour);

    private static LcqlQuery Parse(string text) => new LcqlText(text).Checked();

    private static List<LogGrouping> Groupings(params string[] names) =>
        names.Select(name => LogGrouping.TryParse(name, out var grouping) ? grouping : throw new ArgumentException(name)).ToList();
}
