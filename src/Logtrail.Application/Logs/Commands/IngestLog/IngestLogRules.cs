using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Logs.Parsing;
using Logtrail.Domain.Plans;

namespace Logtrail.Application.Logs.Commands.IngestLog;

/// <summary>
/// What makes a log valid (<c>CreateLogRequest</c>), over its parsed value: the problems the parse found (wrong
/// types, unknown level, malformed timestamp, text or numbers PostgreSQL cannot store), then
/// <list type="bullet">
/// <item><c>action</c> required, 1–128 characters; <c>level</c> and <c>clientTimestamp</c> (or <c>client_timestamp</c>) required;</item>
/// <item><c>clientTimestamp</c> at most 24 hours ahead of the server's clock;</item>
/// <item>at most the plan's number of tags, each 1–64 characters;</item>
/// <item><c>actor</c>, <c>target</c>, <c>context</c>, <c>metadata</c> nested at most the plan's depth;</item>
/// <item>the log's raw JSON at most the plan's max log size.</item>
/// </list>
/// Every problem of a log is reported, each with its field and, in a batch, its index. Environments are checked by
/// authorization, not here. Bulk ingestion, validation and historical import apply the same rules.
/// </summary>
public static class IngestLogRules
{
    public const int MaxActionLength = 128;
    public const int MaxTagLength = 64;
    public static readonly TimeSpan MaxClockAhead = TimeSpan.FromHours(24);

    public static void Check(ParsedLog log, int? logIndex, Plan plan, DateTimeOffset now, ICollection<FieldError> errors)
    {
        void Fail(string field, string message) => errors.Add(new FieldError(field, message, logIndex));

        if (log.RawSize > plan.MaxLogSizeBytes)
        {
            Fail("", $"The log is {log.RawSize} bytes; the {plan.Code} plan allows {plan.MaxLogSizeBytes}.");
        }

        foreach (var problem in log.Problems)
        {
            Fail(problem.Field, problem.Message);
        }

        if (!log.IsObject)
        {
            return;
        }

        Require(log, LogFields.Action, log.Action, Fail);
        if (log.Action is { Length: 0 or > MaxActionLength })
        {
            Fail(LogFields.Action, $"'{LogFields.Action}' must be 1 to {MaxActionLength} characters.");
        }

        Require(log, LogFields.Level, log.Level, Fail);
        Require(log, log.ClientTimestampField, log.ClientTimestamp, Fail);
        if (log.ClientTimestamp > now + MaxClockAhead)
        {
            Fail(log.ClientTimestampField, $"'{log.ClientTimestampField}' is more than 24 hours in the future.");
        }

        if (log.Tags.Count > plan.MaxTags)
        {
            Fail(LogFields.Tags, $"At most {plan.MaxTags} tags are allowed on the {plan.Code} plan.");
        }

        for (var index = 0; index < log.Tags.Count; index++)
        {
            if (log.Tags[index].Length is 0 or > MaxTagLength)
            {
                Fail($"{LogFields.Tags}[{index}]", $"Each tag must be a string of 1 to {MaxTagLength} characters.");
            }
        }

        CheckDepth(LogFields.Actor, log.Actor, plan, Fail);
        CheckDepth(LogFields.Target, log.Target, plan, Fail);
        CheckDepth(LogFields.Context, log.Context, plan, Fail);
        CheckDepth(LogFields.Metadata, log.Metadata, plan, Fail);
    }

    /// <summary>Why a batch of <paramref name="count"/> logs is refused on <paramref name="plan"/>, or null when it is not.</summary>
    public static string? BatchSizeProblem(int count, Plan plan) =>
        count == 0 || count > plan.MaxBatchSize ? $"A bulk request carries 1 to {plan.MaxBatchSize} logs; this one has {count}." : null;

    /// <summary>Top-level fields the contract does not know; ignored on ingest, reported as warnings by validate.</summary>
    public static IEnumerable<string> UnknownFields(ParsedLog log) => log.FieldNames.Where(name => !LogFields.All.Contains(name));

    private static void Require<T>(ParsedLog log, string field, T? value, Action<string, string> fail)
    {
        if (value is null && !log.HasProblemWith(field))
        {
            fail(field, $"'{field}' is required.");
        }
    }

    private static void CheckDepth(string field, JsonSlice? value, Plan plan, Action<string, string> fail)
    {
        if (value?.Depth > plan.MaxMetadataDepth)
        {
            fail(field, $"'{field}' is nested deeper than the {plan.Code} plan's {plan.MaxMetadataDepth} levels.");
        }
    }
}
