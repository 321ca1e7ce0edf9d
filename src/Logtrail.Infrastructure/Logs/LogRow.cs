namespace Logtrail.Infrastructure.Logs;

/// <summary>A <c>logs</c> row as Dapper reads it (JSONB as text, timestamps as UTC <see cref="DateTime"/>).</summary>
public sealed class LogRow
{
    public Guid Id { get; init; }

    public Guid ProjectId { get; init; }

    public string Environment { get; init; } = "";

    public short Level { get; init; }

    public string Action { get; init; } = "";

    public string? Message { get; init; }

    public string[] Tags { get; init; } = [];

    public string? Actor { get; init; }

    public string? Target { get; init; }

    public string? Context { get; init; }

    public string? Metadata { get; init; }

    public DateTime ClientTimestamp { get; init; }

    public DateTime ServerTimestamp { get; init; }

    public bool? IsPublic { get; init; }

    public Guid? ApiKeyId { get; init; }
}
