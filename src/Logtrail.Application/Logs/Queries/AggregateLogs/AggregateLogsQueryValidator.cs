using FluentValidation;

namespace Logtrail.Application.Logs.Queries.AggregateLogs;

public sealed class AggregateLogsQueryValidator : AbstractValidator<AggregateLogsQuery>
{
    public AggregateLogsQueryValidator()
    {
        Include(new TimeRangeValidator());
        RuleFor(query => query.GroupBy)
            .Must(groupBy => groupBy is null || groupBy.Count <= AggregateLogsQuery.MaxGroupings)
            .OverridePropertyName("group_by")
            .WithMessage($"'group_by' takes at most {AggregateLogsQuery.MaxGroupings} entries.");
        RuleForEach(query => query.GroupBy ?? Array.Empty<string?>())
            .Must(entry => LogGrouping.TryParse(entry, out _))
            .OverridePropertyName("group_by")
            .WithMessage("Each 'group_by' entry is level, action, environment, tag or a dot path into actor., target., context. or metadata.");
        RuleFor(query => query.GroupBy)
            .Must(groupBy => groupBy is null || !HasRepeats(groupBy))
            .OverridePropertyName("group_by")
            .WithMessage("'group_by' names the same grouping twice.");
        RuleFor(query => query.Interval)
            .Must(interval => interval is null || BucketIntervals.ParseOrNull(interval) is not null)
            .OverridePropertyName("interval")
            .WithMessage($"'interval' is one of {string.Join(", ", BucketIntervals.WireNames)}.");
    }

    private static bool HasRepeats(IReadOnlyList<string?> groupBy)
    {
        var parsed = groupBy.Select(text => LogGrouping.TryParse(text, out var grouping) ? grouping : null).OfType<LogGrouping>().ToList();
        return parsed.Select(grouping => grouping.Kind == LogGroupingKind.Json ? grouping.Name : grouping.Kind.ToString()).Distinct().Count() < parsed.Count;
    }
}
