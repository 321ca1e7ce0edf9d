using System.Data.Common;

namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// Where each column of a SELECT of <see cref="LogColumns.SelectList"/> stands in one result set: looked up by name
/// once, then read by position for every row (<see cref="LogEntryReader"/>, <see cref="LogRowJsonWriter"/>).
/// </summary>
public sealed class LogColumnOrdinals(DbDataReader reader)
{
    public int Id { get; } = reader.GetOrdinal("id");
    public int ProjectId { get; } = reader.GetOrdinal("project_id");
    public int Environment { get; } = reader.GetOrdinal("environment");
    public int Level { get; } = reader.GetOrdinal("level");
    public int Action { get; } = reader.GetOrdinal("action");
    public int Message { get; } = reader.GetOrdinal("message");
    public int Tags { get; } = reader.GetOrdinal("tags");
    public int Actor { get; } = reader.GetOrdinal("actor");
    public int Target { get; } = reader.GetOrdinal("target");
    public int Context { get; } = reader.GetOrdinal("context");
    public int Metadata { get; } = reader.GetOrdinal("metadata");
    public int ClientTimestamp { get; } = reader.GetOrdinal("client_timestamp");
    public int ServerTimestamp { get; } = reader.GetOrdinal("server_timestamp");
    public int IsPublic { get; } = reader.GetOrdinal("is_public");
    public int ApiKeyId { get; } = reader.GetOrdinal("api_key_id");
}
