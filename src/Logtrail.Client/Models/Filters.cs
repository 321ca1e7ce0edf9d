namespace Logtrail.Client;

/// <summary>Filters of <see cref="LogtrailClient.ListLogsAsync"/> (<c>GET /logs</c>).</summary>
public sealed class LogListFilter
{
    /// <summary>Stored at or after (inclusive).</summary>
    public DateTimeOffset? From { get; set; }

    /// <summary>Stored before (exclusive).</summary>
    public DateTimeOffset? To { get; set; }

    /// <summary>Case-insensitive partial match on the action.</summary>
    public string? Action { get; set; }

    /// <summary>Case-insensitive partial match on the message.</summary>
    public string? Message { get; set; }

    /// <summary>Any of these levels.</summary>
    public IReadOnlyList<LogtrailLevel>? Levels { get; set; }

    /// <summary>Any of these tags.</summary>
    public IReadOnlyList<string>? Tags { get; set; }

    /// <summary>Entries per request, 10–100 (the service's default is 50).</summary>
    public int? PageSize { get; set; }
}

/// <summary>Bounds of <see cref="LogtrailClient.QueryAsync"/> beside the LCQL text.</summary>
public sealed class LogQueryOptions
{
    /// <summary>Stored at or after (inclusive).</summary>
    public DateTimeOffset? From { get; set; }

    /// <summary>Stored before (exclusive).</summary>
    public DateTimeOffset? To { get; set; }

    /// <summary>Case-insensitive partial match on the action.</summary>
    public string? Action { get; set; }

    /// <summary>Entries per request, 10–100 (the service's default is 50).</summary>
    public int? PageSize { get; set; }
}

/// <summary>Filters of <see cref="LogtrailClient.GetActivityAsync"/> (<c>GET /activity</c>).</summary>
public sealed class ActivityFilter
{
    /// <summary>Only this actor's activity.</summary>
    public string? ActorId { get; set; }

    /// <summary>Only activity on this target.</summary>
    public string? TargetId { get; set; }

    /// <summary>Only this action.</summary>
    public string? Action { get; set; }

    /// <summary>Stored at or after (inclusive).</summary>
    public DateTimeOffset? From { get; set; }

    /// <summary>Stored before (exclusive).</summary>
    public DateTimeOffset? To { get; set; }

    /// <summary>Items per request, 10–100.</summary>
    public int? PageSize { get; set; }
}
