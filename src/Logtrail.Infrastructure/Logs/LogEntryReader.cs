using System.Data.Common;
using Logtrail.Domain.Logs;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// Rows of a SELECT of <see cref="LogColumns.SelectList"/>, straight into <see cref="LogEntry"/> values: no row object,
/// no mapper. Column positions: <see cref="LogColumnOrdinals"/>.
/// </summary>
public sealed class LogEntryReader(DbDataReader reader)
{
    private readonly LogColumnOrdinals _at = new(reader);

    /// <summary>The current row.</summary>
    public LogEntry Read() => new(
        reader.GetGuid(_at.Id),
        reader.GetGuid(_at.ProjectId),
        DeploymentEnvironments.Parse(reader.GetString(_at.Environment)),
        (Level)reader.GetInt16(_at.Level),
        reader.GetString(_at.Action),
        TextOrNull(_at.Message),
        reader.GetFieldValue<string[]>(_at.Tags),
        TextOrNull(_at.Actor),
        TextOrNull(_at.Target),
        TextOrNull(_at.Context),
        TextOrNull(_at.Metadata),
        reader.GetFieldValue<DateTimeOffset>(_at.ClientTimestamp),
        reader.GetFieldValue<DateTimeOffset>(_at.ServerTimestamp),
        reader.IsDBNull(_at.IsPublic) ? null : reader.GetBoolean(_at.IsPublic),
        reader.IsDBNull(_at.ApiKeyId) ? null : reader.GetGuid(_at.ApiKeyId));

    private string? TextOrNull(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
