namespace Logtrail.Application.Common.Faults;

/// <summary>
/// Port: tells database faults from bugs (only the infrastructure knows its driver's exceptions), and keeps track of
/// outages so that each start and end of one is logged once, not a stack trace per request.
/// </summary>
public interface IDatabaseFaults
{
    /// <summary>What <paramref name="exception"/> (or one it wraps) says about the database; notes the start of an outage.</summary>
    DatabaseFault Classify(Exception exception);

    /// <summary>How long a caller should wait before retrying while the database is unavailable.</summary>
    TimeSpan RetryAfter { get; }
}
