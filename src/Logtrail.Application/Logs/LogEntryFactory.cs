using System.Text.Json;
using Logtrail.Application.Common.Security;
using Logtrail.Domain.Common;
using Logtrail.Domain.Logs;

namespace Logtrail.Application.Logs;

/// <summary>Turns a log that passed <see cref="LogRules"/> into the entry to store, stamped with the server's time.</summary>
public static class LogEntryFactory
{
    public static LogEntry Create(LogInput log, CallerKey key, DateTimeOffset serverTimestamp)
    {
        var json = log.Json;
        Rfc3339.TryParse(StringOf(json, LogFields.ClientTimestamp) ?? StringOf(json, LogFields.ClientTimestampSnakeCase), out var clientTimestamp);
        Levels.TryParse(StringOf(json, LogFields.Level), out var level);
        return new LogEntry(
            LogIds.New(serverTimestamp),
            key.ProjectId,
            key.Environment,
            level!.Value,
            StringOf(json, LogFields.Action)!,
            StringOf(json, LogFields.Message),
            TagsOf(json),
            ObjectOf(json, LogFields.Actor),
            ObjectOf(json, LogFields.Target),
            ObjectOf(json, LogFields.Context),
            ObjectOf(json, LogFields.Metadata),
            clientTimestamp.ToMicroseconds(),
            serverTimestamp,
            json.TryGetProperty(LogFields.IsPublic, out var isPublic) && isPublic.ValueKind != JsonValueKind.Null ? isPublic.GetBoolean() : null,
            key.KeyId);
    }

    private static string? StringOf(JsonElement json, string field) =>
        json.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string[] TagsOf(JsonElement json) =>
        json.TryGetProperty(LogFields.Tags, out var tags) && tags.ValueKind == JsonValueKind.Array
            ? tags.EnumerateArray().Select(tag => tag.GetString()!).ToArray()
            : [];

    private static string? ObjectOf(JsonElement json, string field) =>
        json.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Object ? value.GetRawText() : null;
}
