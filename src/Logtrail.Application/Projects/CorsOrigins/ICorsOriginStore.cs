namespace Logtrail.Application.Projects.CorsOrigins;

/// <summary>Each project's browser origins allowed to call <c>GET /activity</c> with its viewer tokens.</summary>
public interface ICorsOriginStore
{
    /// <summary>The project's origins; null when there is no such project.</summary>
    Task<IReadOnlyList<string>?> GetAsync(Guid projectId, CancellationToken cancellationToken);

    /// <summary>Replaces the project's origins; false when there is no such project.</summary>
    Task<bool> SetAsync(Guid projectId, IReadOnlyList<string> origins, CancellationToken cancellationToken);

    /// <summary>Whether any project allows <paramref name="origin"/> (preflights are answered for those).</summary>
    Task<bool> IsAllowedAnywhereAsync(string origin, CancellationToken cancellationToken);

    Task<bool> IsAllowedAsync(Guid projectId, string origin, CancellationToken cancellationToken);
}
