namespace Logtrail.Application.Common.Persistence;

/// <summary>
/// One database transaction that several stores write in: what they write commits together or not at all. Stores may
/// queue statements that need no answer; they go to the database together with the commit, in one round trip.
/// Disposing it without <see cref="CommitAsync"/> rolls everything back.
/// </summary>
public interface IWriteTransaction : IAsyncDisposable
{
    /// <summary>
    /// The transaction commits only if it began in the database no later than <paramref name="deadline"/> (the
    /// database's clock); checked by the database with the commit, which otherwise throws
    /// <see cref="TransactionBegunTooLateException"/> and stores nothing. Called more than once, the earliest deadline counts.
    /// </summary>
    void RequireBegunBy(DateTimeOffset deadline);

    Task CommitAsync(CancellationToken cancellationToken);
}
