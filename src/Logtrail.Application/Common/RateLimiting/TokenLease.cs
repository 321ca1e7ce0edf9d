namespace Logtrail.Application.Common.RateLimiting;

/// <summary>What a lease from a shared bucket gave: <see cref="Granted"/> whole tokens, and the (fractional) tokens left after it.</summary>
public readonly record struct TokenLease(int Granted, double Remaining);
