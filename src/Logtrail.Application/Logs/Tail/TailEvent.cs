namespace Logtrail.Application.Logs.Tail;

public enum TailEventKind
{
    /// <summary>A matching log (<see cref="TailEvent.Entry"/>, resumable from <see cref="TailEvent.Cursor"/>).</summary>
    Log,

    /// <summary>Continuity cannot be promised (resume point too old, or commits may have been missed); live from here.</summary>
    Reset,

    /// <summary>The consumer fell too far behind; the stream ends after this event.</summary>
    Overflow,
}

/// <summary>One event of a live tail.</summary>
public sealed record TailEvent(TailEventKind Kind, LogEntryDto? Entry = null, string? Cursor = null, string? Reason = null);
