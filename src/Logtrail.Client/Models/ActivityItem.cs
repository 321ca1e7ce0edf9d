namespace Logtrail.Client;

/// <summary>One line of an activity feed: a public log rendered by its action's template.</summary>
public sealed class ActivityItem
{
    /// <summary>The log's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The log's action.</summary>
    public string Action { get; init; } = "";

    /// <summary>The rendered text (plain text, never HTML).</summary>
    public string Text { get; init; } = "";

    /// <summary>Who did it, when the log said.</summary>
    public ActivityParty? Actor { get; init; }

    /// <summary>What it was done to, when the log said.</summary>
    public ActivityParty? Target { get; init; }

    /// <summary>When the client says it happened.</summary>
    public DateTimeOffset ClientTimestamp { get; init; }

    /// <summary>When the service stored it.</summary>
    public DateTimeOffset ServerTimestamp { get; init; }
}

/// <summary>An actor or target as an activity feed shows it.</summary>
public sealed class ActivityParty
{
    /// <summary>Its id.</summary>
    public string? Id { get; init; }

    /// <summary>Its name.</summary>
    public string? Name { get; init; }

    /// <summary>Its type, e.g. <c>user</c>.</summary>
    public string? Type { get; init; }
}
