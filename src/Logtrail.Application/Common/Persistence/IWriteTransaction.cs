namespace Logtrail.Application.Common.Persistence;

/// <summary>
/// One database transaction that several stores write in: what they write commits together or not at all. Stores may
/// queue statements that need no answer; they go to the database together, at <see cref="SendQueuedAsync"/> or at the
/// latest with <see cref="CommitAsync"/>. Disposing it without <see cref="CommitAsync"/> rolls everything back.
/// </summary>
public interface IWriteTransaction : IAsyncDisposable
{
    /// <summary>Sends the statements queued so far, in one round trip; the transaction has then begun in the database.</summary>
    Task SendQueuedAsync(CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);
}
