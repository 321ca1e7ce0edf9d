namespace Logtrail.Application.Logs;

/// <summary>The fields of <c>CreateLogRequest</c> as they appear on the wire.</summary>
public static class LogFields
{
    public const string Action = "action";
    public const string Level = "level";
    public const string ClientTimestamp = "clientTimestamp";
    public const string ClientTimestampSnakeCase = "client_timestamp";
    public const string Message = "message";
    public const string Tags = "tags";
    public const string Actor = "actor";
    public const string Target = "target";
    public const string Context = "context";
    public const string Metadata = "metadata";
    public const string Environment = "environment";
    public const string IsPublic = "is_public";

    /// <summary>Fields of a stored log (the LogEntry shape) that historical import reads and ingestion ignores.</summary>
    public const string Id = "id";
    public const string ServerTimestamp = "server_timestamp";

    public static IReadOnlyList<string> Objects { get; } = [Actor, Target, Context, Metadata];

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Action, Level, ClientTimestamp, ClientTimestampSnakeCase, Message, Tags, Actor, Target, Context, Metadata, Environment, IsPublic,
    };
}
