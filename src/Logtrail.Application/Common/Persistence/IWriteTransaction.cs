namespace Logtrail.Application.Common.Persistence;

/// <summary>
/// One database transaction that several stores write in: what they write commits together or not at all. Disposing
/// it without <see cref="CommitAsync"/> rolls everything back.
/// </summary>
public interface IWriteTransaction : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken);
}
