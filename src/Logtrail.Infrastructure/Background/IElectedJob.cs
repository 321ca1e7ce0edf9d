namespace Logtrail.Infrastructure.Background;

/// <summary>
/// Work that one instance at a time does for the whole deployment (retention, partition maintenance), run by
/// <see cref="ElectedJobRunner{TJob}"/> on whichever instance holds the job's lease.
/// </summary>
public interface IElectedJob
{
    /// <summary>The lease's name in <c>job_leases</c>.</summary>
    string Name { get; }

    /// <summary>False when this instance is configured never to run the job.</summary>
    bool Enabled { get; }

    /// <summary>How often the holder runs the job (at once when it takes the lease, then every interval).</summary>
    TimeSpan Interval { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
