using System.Collections.Concurrent;
using Logtrail.Application.Authentication;

namespace Logtrail.Infrastructure.Keys;

/// <summary>
/// Remembers the latest use of each key in memory; <see cref="KeyUsageFlusher"/> writes it to
/// <c>api_keys.last_used_at</c> in batches, so a request never waits on that write.
/// </summary>
public sealed class KeyUsageRecorder : IKeyUsageRecorder
{
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _pending = new();

    public void RecordUse(Guid keyId, DateTimeOffset usedAt) => _pending[keyId] = usedAt;

    public IReadOnlyList<KeyValuePair<Guid, DateTimeOffset>> Pending() => _pending.ToArray();

    /// <summary>Forgets uses that were written, unless the key was used again meanwhile.</summary>
    public void MarkWritten(IEnumerable<KeyValuePair<Guid, DateTimeOffset>> written)
    {
        foreach (var use in written)
        {
            _pending.TryRemove(use);
        }
    }

    public void Clear() => _pending.Clear();
}
