using System.Collections.Concurrent;
using System.Diagnostics;
using Logtrail.Application.Common.Faults;
using Logtrail.Application.Common.RateLimiting;

namespace Logtrail.Api.RateLimiting;

/// <summary>
/// This instance's share of the token buckets every instance uses (<see cref="ITokenLeaseStore"/>). A request spends a
/// token from the bucket's local slice, in memory; only when the slice is empty does the instance lease the next one —
/// <see cref="TokenBucket.SliceSize"/> tokens (5 % of the capacity or one second of refill, whichever is larger) — in one
/// database round trip. When the shared bucket has no whole token left, the instance refuses locally until one has come
/// back, without asking again. So across N instances a bucket lets through at most its capacity, its refill and N
/// slices. Slices left idle go back to the shared bucket (<see cref="ReturnIdleSlicesAsync"/>). If the store cannot be
/// reached, the instance grants itself one slice at a time (fails open by a slice) and logs a warning.
/// </summary>
public sealed partial class TokenBuckets(ITokenLeaseStore store, IDatabaseFaults faults, ILogger<TokenBuckets> logger)
{
    private ConcurrentDictionary<TokenBucket, Slice> _slices = new();

    /// <summary>Takes one token from <paramref name="bucket"/>, or says how long until one is there.</summary>
    public async ValueTask<RateLimitDecision> TakeAsync(TokenBucket bucket)
    {
        while (true)
        {
            var slice = _slices.GetOrAdd(bucket, static _ => new Slice());
            Task refilled;
            var startRefill = false;
            if (slice.Retired)
            {
                _slices.TryRemove(new KeyValuePair<TokenBucket, Slice>(bucket, slice));
                continue;
            }

            lock (slice)
            {
                if (slice.Retired)
                {
                    continue;
                }

                slice.LastUsed = Stopwatch.GetTimestamp();
                if (slice.Tokens >= 1)
                {
                    slice.Tokens--;
                    return new RateLimitDecision(bucket, Allowed: true, (long)Math.Floor(slice.Tokens + slice.SharedRemaining), TimeSpan.Zero);
                }

                if (slice.RefusedUntil > slice.LastUsed)
                {
                    return new RateLimitDecision(bucket, Allowed: false, Remaining: 0, Stopwatch.GetElapsedTime(slice.LastUsed, slice.RefusedUntil));
                }

                if (slice.Refill is null)
                {
                    slice.Refill = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    startRefill = true;
                }

                refilled = slice.Refill.Task;
            }

            if (startRefill)
            {
                await RefillAsync(bucket, slice);
            }

            await refilled;
        }
    }

    /// <summary>Returns the unspent tokens of slices not used for <paramref name="idleFor"/> to the shared buckets, and forgets those slices.</summary>
    public async Task ReturnIdleSlicesAsync(TimeSpan idleFor, CancellationToken cancellationToken)
    {
        foreach (var (bucket, slice) in _slices)
        {
            int unspent;
            lock (slice)
            {
                if (slice.Refill is not null || Stopwatch.GetElapsedTime(slice.LastUsed) < idleFor)
                {
                    continue;
                }

                slice.Retired = true;
                unspent = (int)Math.Floor(slice.Tokens);
                slice.Tokens = 0;
            }

            _slices.TryRemove(new KeyValuePair<TokenBucket, Slice>(bucket, slice));
            if (unspent > 0)
            {
                await store.ReturnAsync(bucket.Policy, bucket.Subject, bucket.PerMinute, unspent, cancellationToken);
            }
        }
    }

    /// <summary>Forgets every local slice (tests reset the shared buckets with the database).</summary>
    public void Clear() => _slices = new ConcurrentDictionary<TokenBucket, Slice>();

    private async Task RefillAsync(TokenBucket bucket, Slice slice)
    {
        TokenLease lease;
        try
        {
            lease = await store.LeaseAsync(bucket.Policy, bucket.Subject, bucket.PerMinute, bucket.SliceSize, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A database outage is logged once per transition by the fault monitor; anything else is a bug worth its trace.
            if (faults.Classify(exception) == DatabaseFault.None)
            {
                LogStoreFailed(logger, exception, bucket.Policy);
            }

            lease = new TokenLease(bucket.SliceSize, 0);
        }

        lock (slice)
        {
            slice.Tokens += lease.Granted;
            slice.SharedRemaining = lease.Remaining;
            slice.RefusedUntil = lease.Granted > 0
                ? 0
                : Stopwatch.GetTimestamp() + (long)(bucket.TokenInterval.TotalSeconds * (1 - lease.Remaining) * Stopwatch.Frequency);
            slice.Refill!.SetResult();
            slice.Refill = null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shared rate-limit store failed; the {Policy} bucket lets one slice through on this instance")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception, string policy);

    /// <summary>The tokens this instance holds of one bucket, and what it last saw of the shared bucket.</summary>
    private sealed class Slice
    {
        public double Tokens { get; set; }

        public double SharedRemaining { get; set; }

        /// <summary>Until when (<see cref="Stopwatch"/> ticks) requests are refused without asking the store; 0 when not refusing.</summary>
        public long RefusedUntil { get; set; }

        public long LastUsed { get; set; }

        /// <summary>Completed when the lease in flight has been added; null when none is.</summary>
        public TaskCompletionSource? Refill { get; set; }

        public bool Retired { get; set; }
    }
}
