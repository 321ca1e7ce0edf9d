namespace Logtrail.Infrastructure.Persistence.Rows;

/// <summary>An action as seen (<c>action_catalog</c>, per environment) joined with its settings (<c>action_settings</c>).</summary>
public sealed class ActionCatalogRow
{
    public string Action { get; init; } = "";

    public string? Environment { get; init; }

    public long Count { get; init; }

    public DateTime? FirstSeen { get; init; }

    public DateTime? LastSeen { get; init; }

    public bool IsPublic { get; init; }

    public string? Template { get; init; }

    public string? Description { get; init; }
}
