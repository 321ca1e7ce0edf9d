namespace Logtrail.Application.Logs;

/// <summary>A window on <c>server_timestamp</c> as the client wrote it: <c>from</c> inclusive, <c>to</c> exclusive, both optional.</summary>
public interface ITimeRange
{
    string? From { get; }

    string? To { get; }
}
