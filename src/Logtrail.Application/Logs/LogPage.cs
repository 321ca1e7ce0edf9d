namespace Logtrail.Application.Logs;

/// <summary>A page of logs and, when more exist, the cursor of the next page.</summary>
public sealed record LogPage(IReadOnlyList<LogEntryDto> Entries, LogCursor? Next);
