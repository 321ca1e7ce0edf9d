using System.Collections.Concurrent;

namespace Logtrail.Application.Logs.Tail;

/// <summary>
/// Counts this instance's open tails, per API key and in all, so that a key holds at most
/// <see cref="TailOptions.MaxOpenPerKey"/> and the instance at most <see cref="TailOptions.MaxOpenPerInstance"/>.
/// </summary>
public sealed class OpenTails
{
    private readonly ConcurrentDictionary<Guid, int> _open = new();
    private int _total;

    /// <summary>A lease on one tail of <paramref name="keyId"/>, released on dispose.</summary>
    /// <exception cref="TooManyTailsOnInstanceException">The instance holds <see cref="TailOptions.MaxOpenPerInstance"/> tails.</exception>
    /// <exception cref="TooManyTailsException">The key holds <see cref="TailOptions.MaxOpenPerKey"/> tails.</exception>
    public IDisposable Open(Guid keyId, TailOptions limits)
    {
        if (Interlocked.Increment(ref _total) > limits.MaxOpenPerInstance)
        {
            Interlocked.Decrement(ref _total);
            throw new TooManyTailsOnInstanceException(limits.MaxOpenPerInstance);
        }

        if (!TryOpenForKey(keyId, limits.MaxOpenPerKey))
        {
            Interlocked.Decrement(ref _total);
            throw new TooManyTailsException(limits.MaxOpenPerKey);
        }

        return new Lease(this, keyId);
    }

    private bool TryOpenForKey(Guid keyId, int maximum)
    {
        while (true)
        {
            var current = _open.GetValueOrDefault(keyId);
            if (current >= maximum)
            {
                return false;
            }

            if (current == 0 ? _open.TryAdd(keyId, 1) : _open.TryUpdate(keyId, current + 1, current))
            {
                return true;
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
                Interlocked.Decrement(ref _total);
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
