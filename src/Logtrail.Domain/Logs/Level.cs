namespace Logtrail.Domain.Logs;

/// <summary>A log's severity, in order (so <c>level&gt;=warn</c> is a range).</summary>
public enum Level : short
{
    Trace = 0,
    Debug = 1,
    Info = 2,
    Warn = 3,
    Error = 4,
    Fatal = 5,
}
