using System.Text.Json;
using Logtrail.Application.Logs;
using Logtrail.Application.Logs.Idempotency;

namespace Logtrail.Api.Http;

/// <summary>The logs of one request body, parsed once. Owns the parsed documents: dispose after the request is handled.</summary>
public sealed class LogBody(
    IReadOnlyList<LogInput> logs, bool isBatch, IReadOnlyList<JsonDocument> documents, IdempotencyRequest? idempotency) : IDisposable
{
    /// <summary>The request's <c>Idempotency-Key</c> with the hash of the (decompressed) body, when it sent one.</summary>
    public IdempotencyRequest? Idempotency { get; } = idempotency;

    public IReadOnlyList<LogInput> Logs { get; } = logs;

    /// <summary>True when the body was an array or NDJSON, even of one log.</summary>
    public bool IsBatch { get; } = isBatch;

    public void Dispose()
    {
        foreach (var document in documents)
        {
            document.Dispose();
        }
    }
}
