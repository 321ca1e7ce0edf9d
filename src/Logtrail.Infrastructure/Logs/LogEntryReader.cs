using System.Data.Common;
using Logtrail.Domain.Logs;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// Rows of a SELECT of <see cref="LogColumns.SelectList"/>, straight into <see cref="LogEntry"/> values: no row object,
/// no mapper. Each column's position is looked up by its name once per result set.
/// </summary>
public sealed class LogEntryReader(DbDataReader reader)
{
    private readonly int _id = reader.GetOrdinal("id");
    private readonly int _projectId = reader.GetOrdinal("project_id");
    private readonly int _environment = reader.GetOrdinal("environment");
    private readonly int _level = reader.GetOrdinal("level");
    private readonly int _action = reader.GetOrdinal("action");
    private readonly int _message = reader.GetOrdinal("message");
    private readonly int _tags = reader.GetOrdinal("tags");
    private readonly int _actor = reader.GetOrdinal("actor");
    private readonly int _target = reader.GetOrdinal("target");
    private readonly int _context = reader.GetOrdinal("context");
    private readonly int _metadata = reader.GetOrdinal("metadata");
    private readonly int _clientTimestamp = reader.GetOrdinal("client_timestamp");
    private readonly int _serverTimestamp = reader.GetOrdinal("server_timestamp");
    private readonly int _isPublic = reader.GetOrdinal("is_public");
    private readonly int _apiKeyId = reader.GetOrdinal("api_key_id");

    /// <summary>The current row.</summary>
    public LogEntry Read() => new(
        reader.GetGuid(_id),
        reader.GetGuid(_projectId),
        DeploymentEnvironments.Parse(reader.GetString(_environment)),
        (Level)reader.GetInt16(_level),
        reader.GetString(_action),
        TextOrNull(_message),
        reader.GetFieldValue<string[]>(_tags),
        TextOrNull(_actor),
        TextOrNull(_target),
        TextOrNull(_context),
        TextOrNull(_metadata),
        reader.GetFieldValue<DateTimeOffset>(_clientTimestamp),
        reader.GetFieldValue<DateTimeOffset>(_serverTimestamp),
        reader.IsDBNull(_isPublic) ? null : reader.GetBoolean(_isPublic),
        reader.IsDBNull(_apiKeyId) ? null : reader.GetGuid(_apiKeyId));

    private string? TextOrNull(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
