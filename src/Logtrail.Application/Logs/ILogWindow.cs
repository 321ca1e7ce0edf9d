namespace Logtrail.Application.Logs;

/// <summary>The time window and keyset page every log read takes, as the client wrote them.</summary>
public interface ILogWindow : ITimeRange
{
    const int DefaultPageSize = 50;
    const int MinPageSize = 10;
    const int MaxPageSize = 100;

    int? PageSize { get; }

    string? CursorId { get; }

    string? CursorTs { get; }
}
