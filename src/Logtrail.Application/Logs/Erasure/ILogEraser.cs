using Logtrail.Domain.Tenancy;

namespace Logtrail.Application.Logs.Erasure;

/// <summary>Deletes stored logs on an operator's order; each returns how many it deleted.</summary>
public interface ILogEraser
{
    /// <summary>What one key ingested with <c>server_timestamp</c> in <c>[from, to)</c> (open ends when null).</summary>
    Task<long> PurgeKeyAsync(
        Guid projectId, DeploymentEnvironment environment, Guid keyId, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken);

    /// <summary>Every log whose actor or target has this <c>id</c>, in one environment or all.</summary>
    Task<long> EraseActorAsync(Guid projectId, DeploymentEnvironment? environment, string actorId, CancellationToken cancellationToken);
}
