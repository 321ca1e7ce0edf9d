using Npgsql;

namespace Logtrail.Infrastructure.Persistence;

/// <summary>A connection lent to one repository call by <see cref="DatabaseSessions"/>; closed on dispose only when it was opened for that call.</summary>
public readonly struct SessionConnection(NpgsqlConnection connection, bool ownsConnection) : IAsyncDisposable
{
    public NpgsqlConnection Connection { get; } = connection;

    public ValueTask DisposeAsync() => ownsConnection ? Connection.DisposeAsync() : ValueTask.CompletedTask;
}
