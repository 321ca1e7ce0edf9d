namespace Logtrail.Infrastructure.Logs;

/// <summary>One window of a search: <c>[From, To)</c>, <see cref="To"/> null for no upper bound.</summary>
public readonly record struct TimeWindowBounds(DateTimeOffset From, DateTimeOffset? To);
