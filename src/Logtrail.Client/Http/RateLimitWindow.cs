using System.Globalization;

namespace Logtrail.Client.Http;

/// <summary>
/// What the service said about the key's token bucket: once <c>X-RateLimit-Remaining</c> reaches 0, no request is
/// sent before <c>X-RateLimit-Reset</c> (Unix seconds when the bucket is full again). One per client, shared by its
/// handlers.
/// </summary>
internal sealed class RateLimitWindow(TimeProvider clock)
{
    private long _pausedUntilUnixSeconds;

    public Task WaitAsync(CancellationToken cancellationToken)
    {
        var until = DateTimeOffset.FromUnixTimeSeconds(Interlocked.Read(ref _pausedUntilUnixSeconds));
        var wait = until - clock.GetUtcNow();
        return wait > TimeSpan.Zero ? Task.Delay(wait, clock, cancellationToken) : Task.CompletedTask;
    }

    public void Observe(HttpResponseMessage response)
    {
        if (HeaderOf(response, "X-RateLimit-Remaining") is not 0 || HeaderOf(response, "X-RateLimit-Reset") is not { } reset)
        {
            return;
        }

        long current;
        do
        {
            current = Interlocked.Read(ref _pausedUntilUnixSeconds);
            if (reset <= current)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _pausedUntilUnixSeconds, reset, current) != current);
    }

    private static long? HeaderOf(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values)
        && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
