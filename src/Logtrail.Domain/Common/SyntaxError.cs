namespace Logtrail.Domain.Common;

/// <summary>Where a text in one of Logtrail's small languages (LCQL, templates) stops making sense — a 0-based character offset — and why.</summary>
public sealed record SyntaxError(int Position, string Message);
