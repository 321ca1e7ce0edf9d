namespace Logtrail.Application.Keys.Activity;

/// <summary>A key's activity in a window, summed up: what an operator reads first after a key has leaked.</summary>
public sealed record KeyActivitySummary(long Requests, long Denied, long LogsIngested, long DistinctIps, DateTimeOffset? FirstSeen, DateTimeOffset? LastSeen);
