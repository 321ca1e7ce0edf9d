namespace Logtrail.Infrastructure.Background;

/// <summary>
/// What recorders gather in memory between two flushes, one value per key: a value added for a key already there is
/// merged into it. <see cref="Drain"/> hands everything over; <see cref="Restore"/> takes back what could not be
/// written. At most <paramref name="capacity"/> keys are held; a value for a new key beyond that is refused.
/// </summary>
public sealed class MergingBuffer<TKey, TValue>(Func<TValue, TValue, TValue> merge, int capacity = int.MaxValue)
    where TKey : notnull
{
    private readonly Lock _lock = new();
    private Dictionary<TKey, TValue> _pending = [];

    /// <summary>False when <paramref name="key"/> is new and the buffer is full: the value was not kept.</summary>
    public bool Add(TKey key, TValue value)
    {
        lock (_lock)
        {
            if (_pending.TryGetValue(key, out var earlier))
            {
                _pending[key] = merge(earlier, value);
                return true;
            }

            if (_pending.Count >= capacity)
            {
                return false;
            }

            _pending[key] = value;
            return true;
        }
    }

    public IReadOnlyDictionary<TKey, TValue> Drain()
    {
        lock (_lock)
        {
            var drained = _pending;
            _pending = [];
            return drained;
        }
    }

    /// <summary>Puts back values that could not be written (older than anything added since), whatever the capacity.</summary>
    public void Restore(IEnumerable<KeyValuePair<TKey, TValue>> unwritten)
    {
        lock (_lock)
        {
            foreach (var (key, value) in unwritten)
            {
                _pending[key] = _pending.TryGetValue(key, out var newer) ? merge(value, newer) : value;
            }
        }
    }
}
