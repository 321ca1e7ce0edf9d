namespace Logtrail.Api.Http;

/// <summary>HTTP's delta-seconds (<c>Retry-After</c>, rate-limit headers): a duration as whole seconds, rounded up.</summary>
public static class DeltaSeconds
{
    public static long RoundedUp(TimeSpan duration) => Math.Max(0, (long)Math.Ceiling(duration.TotalSeconds));
}
