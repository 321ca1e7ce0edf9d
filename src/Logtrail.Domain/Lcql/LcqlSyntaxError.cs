namespace Logtrail.Domain.Lcql;

/// <summary>Where the query text stops making sense (0-based character offset) and why.</summary>
public sealed record LcqlSyntaxError(int Position, string Message);
