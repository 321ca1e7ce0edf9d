using Logtrail.Domain.Tenancy;

namespace Logtrail.Application.Activity;

/// <summary>The per-project action catalog: counts as seen, settings as decided.</summary>
public interface IActionCatalog
{
    /// <summary>Every action seen (per environment) or configured, by action then environment.</summary>
    Task<IReadOnlyList<ActionCatalogEntry>> ListAsync(Guid projectId, DeploymentEnvironment? environment, CancellationToken cancellationToken);

    /// <summary>The project's action settings by action (a handful of rows).</summary>
    Task<IReadOnlyDictionary<string, ActionSettings>> SettingsAsync(Guid projectId, CancellationToken cancellationToken);

    /// <summary>Creates or replaces an action's settings; returns the action summed over its environments.</summary>
    Task<ActionCatalogEntry> SaveAsync(Guid projectId, ActionSettings settings, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Removes an action's settings, if any: not public, no template, no description.</summary>
    Task ClearAsync(Guid projectId, string action, CancellationToken cancellationToken);
}
