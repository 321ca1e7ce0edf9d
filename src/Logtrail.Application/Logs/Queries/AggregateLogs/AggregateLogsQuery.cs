using Logtrail.Application.Common.Security;
using Logtrail.Domain.Common;
using Logtrail.Domain.Keys;
using MediatR;

namespace Logtrail.Application.Logs.Queries.AggregateLogs;

/// <summary>
/// Counts (<c>POST /logs/aggregate</c>): the logs an LCQL query selects in a window of the key's project,
/// environment and retention, grouped by <see cref="GroupBy"/> and, with an <see cref="Interval"/>, by UTC time
/// bucket. A log with several tags counts once per tag when grouped by tag; a log without tags has the tag null.
/// At most <see cref="MaxGroups"/> groups; <c>truncated</c> says there were more.
/// </summary>
[RequiresPermission(Permission.LogsRead)]
public sealed record AggregateLogsQuery(string? Query, string? From, string? To, IReadOnlyList<string?>? GroupBy, string? Interval)
    : IRequest<AggregateResult>, INamesEnvironments, ITimeRange
{
    public const int MaxGroups = 10_000;
    public const int MaxGroupings = 5;

    public LcqlText Lcql { get; } = new(Query);

    public IEnumerable<string> NamedEnvironments => Lcql.EnvironmentLiterals;

    /// <summary>The checked <see cref="GroupBy"/> entries (after validation).</summary>
    public IReadOnlyList<LogGrouping> Groupings() =>
        (GroupBy ?? []).Select(text => LogGrouping.TryParse(text, out var grouping) ? grouping : throw new FormatException(text)).ToList();
}

/// <summary>The groups, and whether more than <see cref="AggregateLogsQuery.MaxGroups"/> existed.</summary>
public sealed record AggregateResult(IReadOnlyList<AggregateGroup> Groups, bool Truncated);

/// <summary>A group's key (each <c>group_by</c> entry as written → its value, plus <c>bucket</c>) and its count.</summary>
public sealed record AggregateGroup(IReadOnlyDictionary<string, object?> Key, long Count);

public sealed class AggregateLogsQueryHandler(CallerLogReader logs, AggregateCounter counter) : IRequestHandler<AggregateLogsQuery, AggregateResult>
{
    public async Task<AggregateResult> Handle(AggregateLogsQuery request, CancellationToken cancellationToken)
    {
        var query = request.Lcql.Checked();
        var groupings = request.Groupings();
        var filter = logs.CallerFilter() with { From = Rfc3339.ParseQueryValueOrNull(request.From), To = Rfc3339.ParseQueryValueOrNull(request.To), Query = query };
        var rows = await counter.CountAsync(
            filter, groupings, BucketIntervals.ParseOrNull(request.Interval), AggregateLogsQuery.MaxGroups + 1, cancellationToken);
        var groups = rows.Take(AggregateLogsQuery.MaxGroups).Select(row => new AggregateGroup(KeyOf(groupings, row), row.Count)).ToList();
        return new AggregateResult(groups, rows.Count > AggregateLogsQuery.MaxGroups);
    }

    private static Dictionary<string, object?> KeyOf(IReadOnlyList<LogGrouping> groupings, LogGroupCount row)
    {
        var key = new Dictionary<string, object?>(groupings.Count + 1);
        for (var index = 0; index < groupings.Count; index++)
        {
            var value = row.Values[index];
            key[groupings[index].Name] = groupings[index].Kind == LogGroupingKind.Json && value is not null ? new RawJson(value) : value;
        }

        if (row.Bucket is { } bucket)
        {
            key["bucket"] = bucket;
        }

        return key;
    }
}
