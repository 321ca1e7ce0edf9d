namespace Logtrail.Application.Logs;

/// <summary>The time window and keyset page every log read takes, as the client wrote them.</summary>
public interface ILogWindow
{
    const int DefaultPageSize = 50;
    const int MinPageSize = 10;
    const int MaxPageSize = 100;

    string? From { get; }

    string? To { get; }

    int? PageSize { get; }

    string? CursorId { get; }

    string? CursorTs { get; }
}
