namespace Logtrail.Application.Common.Persistence;

/// <summary>
/// One database transaction around a piece of work: every repository call made inside it (on any port) joins it, so
/// the work's writes commit together or not at all. Nested calls join the outer unit.
/// </summary>
public interface IUnitOfWork
{
    Task<T> ExecuteAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken);
}
