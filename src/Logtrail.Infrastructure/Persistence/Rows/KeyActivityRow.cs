namespace Logtrail.Infrastructure.Persistence.Rows;

/// <summary>A <c>key_activity</c> row (client address as text).</summary>
public sealed class KeyActivityRow
{
    public Guid Id { get; init; }

    public Guid KeyId { get; init; }

    public DateTime Time { get; init; }

    public string Method { get; init; } = "";

    public string Route { get; init; } = "";

    public short Status { get; init; }

    public string? ClientIp { get; init; }

    public string? UserAgent { get; init; }

    public bool Denied { get; init; }

    public int Count { get; init; }

    public int LogsIngested { get; init; }
}
