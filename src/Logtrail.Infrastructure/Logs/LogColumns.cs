using Logtrail.Domain.Logs;
using Logtrail.Domain.Tenancy;
using NpgsqlTypes;

namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// The one map of <c>logs</c>' columns to <see cref="LogEntry"/>: COPY, INSERT and SELECT are all built from it, so a
/// new log field is one line here (plus its migration and the entry's property).
/// </summary>
public static class LogColumns
{
    public static IReadOnlyList<LogColumn> All { get; } =
    [
        new LogColumn<Guid>("project_id", NpgsqlDbType.Uuid, entry => entry.ProjectId),
        new LogColumn<string>("environment", NpgsqlDbType.Text, entry => entry.Environment.ToWireName()),
        new LogColumn<DateTimeOffset>("server_timestamp", NpgsqlDbType.TimestampTz, entry => entry.ServerTimestamp),
        new LogColumn<Guid>("id", NpgsqlDbType.Uuid, entry => entry.Id),
        new LogColumn<DateTimeOffset>("client_timestamp", NpgsqlDbType.TimestampTz, entry => entry.ClientTimestamp),
        new LogColumn<short>("level", NpgsqlDbType.Smallint, entry => (short)entry.Level),
        new LogColumn<string>("action", NpgsqlDbType.Text, entry => entry.Action),
        new LogColumn<string?>("message", NpgsqlDbType.Text, entry => entry.Message),
        new TextArrayLogColumn("tags", entry => entry.Tags),
        new LogColumn<string?>("actor", NpgsqlDbType.Jsonb, entry => entry.Actor, readAs: "actor::text"),
        new LogColumn<string?>("target", NpgsqlDbType.Jsonb, entry => entry.Target, readAs: "target::text"),
        new LogColumn<string?>("context", NpgsqlDbType.Jsonb, entry => entry.Context, readAs: "context::text"),
        new LogColumn<string?>("metadata", NpgsqlDbType.Jsonb, entry => entry.Metadata, readAs: "metadata::text"),
        new LogColumn<bool?>("is_public", NpgsqlDbType.Boolean, entry => entry.IsPublic),
        new LogColumn<Guid?>("api_key_id", NpgsqlDbType.Uuid, entry => entry.ApiKeyId),
    ];

    /// <summary>Every column's name, in map order: the column list of INSERT and COPY.</summary>
    public static string Names { get; } = string.Join(", ", All.Select(column => column.Name));

    /// <summary>Every column as a SELECT reads it, under its own name (JSONB as text).</summary>
    public static string SelectList { get; } = string.Join(", ", All.Select(column => column.Selected));

    /// <summary>
    /// <c>INSERT … SELECT … FROM unnest($1, …)</c>: the rows of one array parameter per column (<see cref="LogColumn.ArrayOf"/>),
    /// one statement text for any number of rows, so it is prepared once.
    /// </summary>
    public static string InsertUnnested { get; } =
        $"INSERT INTO logs ({Names}) SELECT {string.Join(", ", All.Select(column => column.Unnested))} "
        + $"FROM unnest({string.Join(", ", All.Select((_, index) => $"${index + 1}"))}) AS rows({Names})";
}
