namespace Logtrail.Client.Batching;

/// <summary>What became of the logs handed to a <see cref="LogBatchSender"/> (and, for the logging providers, to their queue). Thread-safe.</summary>
public sealed class LogDeliveryStatistics
{
    private long _sent;
    private long _rejected;
    private long _overQuota;
    private long _failed;
    private long _dropped;
    private string? _lastError;

    /// <summary>Logs the service acknowledged (stored once, whatever the retries).</summary>
    public long Sent => Interlocked.Read(ref _sent);

    /// <summary>Logs the service refused as invalid (too large, bad fields); the rest of their batch was sent.</summary>
    public long Rejected => Interlocked.Read(ref _rejected);

    /// <summary>Logs refused because the project's monthly quota is used up (never retried).</summary>
    public long OverQuota => Interlocked.Read(ref _overQuota);

    /// <summary>Logs not delivered after every retry (service unreachable, other errors).</summary>
    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>Logs dropped, oldest first, because the in-memory queue was full.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>The last delivery problem, for diagnostics; never contains the key.</summary>
    public string? LastError => Volatile.Read(ref _lastError);

    internal void AddSent(long count) => Interlocked.Add(ref _sent, count);

    /// <summary>Counts logs that a queue in front of the sender dropped (for providers with a bounded queue).</summary>
    public void AddDropped(long count) => Interlocked.Add(ref _dropped, count);

    internal void AddRejected(long count, string error) => Record(ref _rejected, count, error);

    internal void AddOverQuota(long count, string error) => Record(ref _overQuota, count, error);

    /// <summary>Counts logs that could not be delivered (for providers that give up on logs before sending them, e.g. at shutdown).</summary>
    public void AddFailed(long count, string error) => Record(ref _failed, count, error);

    private void Record(ref long counter, long count, string error)
    {
        Interlocked.Add(ref counter, count);
        Volatile.Write(ref _lastError, error);
    }
}
