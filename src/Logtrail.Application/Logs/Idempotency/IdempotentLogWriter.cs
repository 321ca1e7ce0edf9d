using Logtrail.Application.Activity;
using Logtrail.Application.Logs.Storage;
using Logtrail.Domain.Logs;

namespace Logtrail.Application.Logs.Idempotency;

/// <summary>
/// The one way ingest handlers store logs: straight through the <see cref="ILogCommitter"/> when the request carried
/// no <c>Idempotency-Key</c>; otherwise with the key claimed and the response remembered in the write transaction,
/// turning an earlier request's claim into a replayed response or a 409. What it stored goes to the action catalog
/// and the request's outcome.
/// </summary>
public sealed class IdempotentLogWriter(
    ILogCommitter committer, LogStorage storage, IResponseCodec codec, IRequestOutcome outcome, IActionCatalogRecorder catalog)
{
    public async Task<TResponse> WriteAsync<TResponse>(
        IReadOnlyList<LogEntry> entries, TResponse response, IdempotencyRequest? idempotency, CancellationToken cancellationToken)
    {
        if (idempotency is null)
        {
            await committer.CommitAsync(entries, cancellationToken);
            return Stored(entries, response);
        }

        switch (await storage.WriteOnceAsync(entries, idempotency, codec.Encode(response), cancellationToken))
        {
            case IdempotencyClaim.GrantedClaim:
                return Stored(entries, response);
            case IdempotencyClaim.ReplayClaim replay:
                outcome.Replayed = true;
                return codec.Decode<TResponse>(replay.Response);
            case IdempotencyClaim.KeyReusedClaim:
                throw IdempotencyConflictException.Reused();
            default:
                throw IdempotencyConflictException.InProgress();
        }
    }

    private TResponse Stored<TResponse>(IReadOnlyList<LogEntry> entries, TResponse response)
    {
        outcome.LogsStored = entries.Count;
        catalog.Record(entries);
        return response;
    }
}
