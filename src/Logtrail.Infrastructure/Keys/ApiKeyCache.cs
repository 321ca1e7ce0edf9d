using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Logtrail.Application.Authentication;
using Microsoft.Extensions.Options;

namespace Logtrail.Infrastructure.Keys;

/// <summary>
/// Looked-up keys by hash, so authentication costs no database round trip. Trusted only while the
/// <see cref="KeyChangeListener"/> is connected: until then (and whenever it drops) every lookup goes to the
/// database, and the cache is flushed when it reconnects — except while the database itself is unavailable, when
/// entries younger than the cache lifetime still answer. A generation counter keeps a lookup that raced an
/// invalidation from caching what it read before the change.
/// </summary>
public sealed class ApiKeyCache(IOptions<KeyCacheOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<HashKey, Entry> _entries = new();
    private readonly TimeSpan _lifetime = options.Value.CacheLifetime;
    private long _generation;
    private volatile bool _trusted;

    public bool IsTrusted => _trusted;

    /// <summary>Taken before a database lookup and handed back to <see cref="Store"/>.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGet(ReadOnlySpan<byte> keyHash, out ApiKeyCredential? credential)
    {
        credential = null;
        return _trusted && TryGetFresh(keyHash, out credential);
    }

    /// <summary>
    /// The entry as last known, trusted or not, while it is younger than the cache lifetime: for a database outage,
    /// when no key can be revoked either (revocation is a write to that database).
    /// </summary>
    public bool TryGetDuringOutage(ReadOnlySpan<byte> keyHash, out ApiKeyCredential? credential) => TryGetFresh(keyHash, out credential);

    private bool TryGetFresh(ReadOnlySpan<byte> keyHash, out ApiKeyCredential? credential)
    {
        credential = null;
        if (!_entries.TryGetValue(HashKey.From(keyHash), out var entry))
        {
            return false;
        }

        if (clock.GetUtcNow() - entry.StoredAt > _lifetime)
        {
            return false;
        }

        credential = entry.Credential;
        return true;
    }

    public void Store(ReadOnlySpan<byte> keyHash, ApiKeyCredential credential, long generationBeforeLookup)
    {
        if (!_trusted || Generation != generationBeforeLookup)
        {
            return;
        }

        _entries[HashKey.From(keyHash)] = new Entry(credential, clock.GetUtcNow());
    }

    public void Apply(KeyChange change)
    {
        Interlocked.Increment(ref _generation);
        foreach (var (hash, entry) in _entries)
        {
            var matches = change.Scope == KeyChangeScope.Key
                ? entry.Credential.Key.Id == change.Id
                : entry.Credential.Key.ProjectId == change.Id;
            if (matches)
            {
                _entries.TryRemove(hash, out _);
            }
        }
    }

    /// <summary>The change feed is live again: forget everything (changes may have been missed) and serve from memory.</summary>
    public void Resume()
    {
        Clear();
        _trusted = true;
    }

    /// <summary>The change feed is down: serve every lookup from the database until it resumes.</summary>
    public void Suspend() => _trusted = false;

    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    private sealed record Entry(ApiKeyCredential Credential, DateTimeOffset StoredAt);

    /// <summary>A SHA-256 hash as a value type, so lookups allocate nothing.</summary>
    private readonly record struct HashKey(ulong A, ulong B, ulong C, ulong D)
    {
        public static HashKey From(ReadOnlySpan<byte> hash)
        {
            var words = MemoryMarshal.Cast<byte, ulong>(hash);
            return new HashKey(words[0], words[1], words[2], words[3]);
        }
    }
}
