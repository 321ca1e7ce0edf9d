namespace Logtrail.Application.Logs.Idempotency;

/// <summary>What the writer remembers with the logs when the request carried an <c>Idempotency-Key</c>.</summary>
public sealed record IdempotentWrite(IdempotencyRequest Request, string Response);
