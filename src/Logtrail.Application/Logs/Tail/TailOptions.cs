using System.ComponentModel.DataAnnotations;

namespace Logtrail.Application.Logs.Tail;

/// <summary>Section <c>Logtrail:Tail</c>: limits and timings of the live tail.</summary>
public sealed class TailOptions
{
    public const string SectionName = "Logtrail:Tail";

    /// <summary>Open tails per API key on one instance; one more is 429.</summary>
    [Range(1, 1000)]
    public int MaxOpenPerKey { get; set; } = 10;

    /// <summary>
    /// Open tails on one instance, all keys together: each holds a connection and a buffer of up to
    /// <see cref="BufferedEvents"/>, so this bounds the instance's memory. One more is 503 with <c>Retry-After</c>.
    /// </summary>
    [Range(1, 100_000)]
    public int MaxOpenPerInstance { get; set; } = 2_000;

    /// <summary>Events a consumer may have waiting; one more and it gets <c>overflow</c> and is closed.</summary>
    [Range(10, 1_000_000)]
    public int BufferedEvents { get; set; } = 1_000;

    /// <summary>How far back <c>Last-Event-ID</c> may point; older resumes get <c>reset</c>.</summary>
    public TimeSpan ResumeWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a log may take from its server timestamp to its commit. A resume re-reads this much before the last
    /// event, so logs that committed late (out of timestamp order) are not missed; some may be sent again.
    /// </summary>
    public TimeSpan CommitLag { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Logs a resume replays at most; more than that gets <c>reset</c> (use export for the gap).</summary>
    [Range(1, 1_000_000)]
    public int MaxResumeLogs { get; set; } = 10_000;

    /// <summary>Longest silence before a heartbeat comment.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(10);
}
