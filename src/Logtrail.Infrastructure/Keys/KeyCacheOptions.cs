using System.ComponentModel.DataAnnotations;

namespace Logtrail.Infrastructure.Keys;

/// <summary>Section <c>Logtrail:Keys</c>.</summary>
public sealed class KeyCacheOptions
{
    public const string SectionName = "Logtrail:Keys";

    /// <summary>
    /// How long a looked-up key may be served from memory. Revocation does not wait for it (it invalidates at
    /// once); it only bounds how long a missed notification could matter.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan CacheLifetime { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often recorded key use is written to <c>api_keys.last_used_at</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan LastUsedFlushInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long the change listener waits before reconnecting after losing its connection.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan ListenerReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);
}
