using Logtrail.Application.Activity;

namespace Logtrail.Application.Logs.Idempotency;

/// <summary>
/// The one way ingest handlers store logs: writes them with their response remembered when the request carried an
/// <c>Idempotency-Key</c>, and turns the other outcomes into a replayed response or a 409. What it stored goes to
/// the action catalog and the request's outcome.
/// </summary>
public sealed class IdempotentLogWriter(ILogWriter writer, IResponseCodec codec, IRequestOutcome outcome, IActionCatalogRecorder catalog)
{
    public async Task<TResponse> WriteAsync<TResponse>(
        IReadOnlyList<Domain.Logs.LogEntry> entries, TResponse response, IdempotencyRequest? idempotency, CancellationToken cancellationToken)
    {
        var remembered = idempotency is null ? null : new IdempotentWrite(idempotency, codec.Encode(response));
        switch (await writer.WriteAsync(entries, remembered, cancellationToken))
        {
            case WriteOutcome.WrittenOutcome:
                outcome.LogsStored = entries.Count;
                catalog.Record(entries);
                return response;
            case WriteOutcome.ReplayOutcome replay:
                outcome.Replayed = true;
                return codec.Decode<TResponse>(replay.Response);
            case WriteOutcome.KeyReusedOutcome:
                throw IdempotencyConflictException.Reused();
            default:
                throw IdempotencyConflictException.InProgress();
        }
    }
}
