using System.Text.Json;
using Logtrail.Application.Common.Exceptions;
using Logtrail.Domain.Common;
using Logtrail.Domain.Logs;
using Logtrail.Domain.Plans;

namespace Logtrail.Application.Logs;

/// <summary>
/// Every rule of <c>CreateLogRequest</c> (SPEC §4) and the plan limits on a single log. Reports all problems of a
/// log, each with its field and, in a batch, its index. Environments are checked by authorization, not here.
/// </summary>
public static class LogRules
{
    public const int MaxActionLength = 128;
    public const int MaxTagLength = 64;
    public static readonly TimeSpan MaxClockAhead = TimeSpan.FromHours(24);

    public static void Check(LogInput log, int? logIndex, Plan plan, DateTimeOffset now, ICollection<FieldError> errors)
    {
        void Fail(string field, string message) => errors.Add(new FieldError(field, message, logIndex));

        if (log.RawSize > plan.MaxLogSizeBytes)
        {
            Fail("", $"The log is {log.RawSize} bytes; the {plan.Code} plan allows {plan.MaxLogSizeBytes}.");
        }

        var json = log.Json;
        if (json.ValueKind != JsonValueKind.Object)
        {
            Fail("", "A log must be a JSON object.");
            return;
        }

        CheckRequiredString(json, LogFields.Action, Fail, value =>
            value.Length is 0 or > MaxActionLength ? $"'{LogFields.Action}' must be 1 to {MaxActionLength} characters." : null);
        CheckRequiredString(json, LogFields.Level, Fail, value =>
            Levels.TryParse(value, out _) ? null : $"'{LogFields.Level}' must be one of {string.Join(", ", Levels.WireNames)}.");
        CheckClientTimestamp(json, now, Fail);
        CheckOptional(json, LogFields.Message, JsonValueKind.String, Fail);
        CheckTags(json, plan, Fail);
        foreach (var field in LogFields.Objects)
        {
            CheckObject(json, field, plan, Fail);
        }

        CheckOptional(json, LogFields.Environment, JsonValueKind.String, Fail);
        if (json.TryGetProperty(LogFields.IsPublic, out var isPublic) && isPublic.ValueKind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null))
        {
            Fail(LogFields.IsPublic, $"'{LogFields.IsPublic}' must be a boolean.");
        }
    }

    /// <summary>Why a batch of <paramref name="count"/> logs is refused on <paramref name="plan"/>, or null when it is not.</summary>
    public static string? BatchSizeProblem(int count, Plan plan) =>
        count == 0 || count > plan.MaxBatchSize ? $"A bulk request carries 1 to {plan.MaxBatchSize} logs; this one has {count}." : null;

    /// <summary>Top-level fields the contract does not know; ignored on ingest, reported as warnings by validate.</summary>
    public static IEnumerable<string> UnknownFields(LogInput log) =>
        log.Json.ValueKind == JsonValueKind.Object
            ? log.Json.EnumerateObject().Select(property => property.Name).Where(name => !LogFields.All.Contains(name))
            : [];

    private static void CheckRequiredString(JsonElement json, string field, Action<string, string> fail, Func<string, string?> rule)
    {
        if (!json.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            fail(field, $"'{field}' is required.");
        }
        else if (!JsonText.TryGetString(value, out var text))
        {
            fail(field, $"'{field}' must be a string without NUL characters.");
        }
        else if (rule(text) is { } problem)
        {
            fail(field, problem);
        }
    }

    private static void CheckClientTimestamp(JsonElement json, DateTimeOffset now, Action<string, string> fail)
    {
        var field = !json.TryGetProperty(LogFields.ClientTimestamp, out _) && json.TryGetProperty(LogFields.ClientTimestampSnakeCase, out _)
            ? LogFields.ClientTimestampSnakeCase
            : LogFields.ClientTimestamp;
        CheckRequiredString(json, field, fail, text =>
            !Rfc3339.TryParse(text, out var instant) ? $"'{field}' must be an RFC 3339 timestamp, e.g. 2026-11-23T10:00:00Z."
            : instant > now + MaxClockAhead ? $"'{field}' is more than 24 hours in the future."
            : null);
    }

    private static void CheckOptional(JsonElement json, string field, JsonValueKind kind, Action<string, string> fail)
    {
        if (json.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null
            && (value.ValueKind != kind || !JsonText.TryGetString(value, out _)))
        {
            fail(field, $"'{field}' must be a string without NUL characters.");
        }
    }

    private static void CheckTags(JsonElement json, Plan plan, Action<string, string> fail)
    {
        if (!json.TryGetProperty(LogFields.Tags, out var tags) || tags.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (tags.ValueKind != JsonValueKind.Array)
        {
            fail(LogFields.Tags, $"'{LogFields.Tags}' must be an array of strings.");
            return;
        }

        if (tags.GetArrayLength() > plan.MaxTags)
        {
            fail(LogFields.Tags, $"At most {plan.MaxTags} tags are allowed on the {plan.Code} plan.");
        }

        var index = 0;
        foreach (var tag in tags.EnumerateArray())
        {
            if (!JsonText.TryGetString(tag, out var text) || text.Length is 0 or > MaxTagLength)
            {
                fail($"{LogFields.Tags}[{index}]", $"Each tag must be a string of 1 to {MaxTagLength} characters.");
            }

            index++;
        }
    }

    private static void CheckObject(JsonElement json, string field, Plan plan, Action<string, string> fail)
    {
        if (!json.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            fail(field, $"'{field}' must be a JSON object.");
        }
        else if (JsonText.Depth(value) > plan.MaxMetadataDepth)
        {
            fail(field, $"'{field}' is nested deeper than the {plan.Code} plan's {plan.MaxMetadataDepth} levels.");
        }
        else if (!JsonText.IsStorable(value))
        {
            fail(field, $"'{field}' contains a NUL character, an unpaired surrogate or a number outside PostgreSQL's numeric range, which cannot be stored.");
        }
    }
}
