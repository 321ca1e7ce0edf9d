using System.Text.Json;
using Logtrail.Application.Logs;

namespace Logtrail.Api.Http;

/// <summary>The logs of one request body, parsed once. Owns the parsed documents: dispose after the request is handled.</summary>
public sealed class LogBody(IReadOnlyList<LogInput> logs, bool isBatch, IReadOnlyList<JsonDocument> documents) : IDisposable
{
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
