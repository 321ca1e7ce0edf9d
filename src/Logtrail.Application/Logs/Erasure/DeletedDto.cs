namespace Logtrail.Application.Logs.Erasure;

/// <summary>How many logs a purge or an erasure deleted.</summary>
public sealed record DeletedDto(long Deleted);
