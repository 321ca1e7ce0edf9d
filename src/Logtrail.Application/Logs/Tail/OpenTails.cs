using System.Collections.Concurrent;

namespace Logtrail.Application.Logs.Tail;

/// <summary>Counts this instance's open tails per API key, so that a key holds at most <see cref="TailOptions.MaxOpenPerKey"/>.</summary>
public sealed class OpenTails
{
    private readonly ConcurrentDictionary<Guid, int> _open = new();

    /// <summary>A lease on one tail of <paramref name="keyId"/>, released on dispose; null when the key holds the maximum.</summary>
    public IDisposable? TryOpen(Guid keyId, int maximum)
    {
        while (true)
        {
            var current = _open.GetValueOrDefault(keyId);
            if (current >= maximum)
            {
                return null;
            }

            if (current == 0 ? _open.TryAdd(keyId, 1) : _open.TryUpdate(keyId, current + 1, current))
            {
                return new Lease(this, keyId);
            }
        }
    }

    private void Close(Guid keyId)
    {
        while (true)
        {
            var current = _open[keyId];
            if (current == 1 ? _open.TryRemove(new KeyValuePair<Guid, int>(keyId, 1)) : _open.TryUpdate(keyId, current - 1, current))
            {
                return;
            }
        }
    }

    private sealed class Lease(OpenTails owner, Guid keyId) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Close(keyId);
            }
        }
    }
}
