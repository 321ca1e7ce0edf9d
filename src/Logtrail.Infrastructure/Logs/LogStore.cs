using Logtrail.Application.Common.Persistence;
using Logtrail.Application.Logs.Storage;
using Logtrail.Domain.Logs;
using Logtrail.Infrastructure.Persistence;

namespace Logtrail.Infrastructure.Logs;

/// <summary>Appends to <c>logs</c> through <see cref="LogColumns"/>: one log with an INSERT, more with binary COPY.</summary>
public sealed class LogStore : ILogStore
{
    private static readonly string Insert = $"INSERT INTO logs ({LogColumns.Names}) VALUES ({LogColumns.Placeholders})";
    private static readonly string Copy = $"COPY logs ({LogColumns.Names}) FROM STDIN (FORMAT BINARY)";

    public async Task AppendAsync(IWriteTransaction transaction, IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken)
    {
        var write = WriteTransaction.Of(transaction);
        if (entries.Count == 1)
        {
            await using var command = new Npgsql.NpgsqlCommand(Insert, write.Connection, write.Transaction);
            foreach (var column in LogColumns.All)
            {
                command.Parameters.Add(column.ParameterOf(entries[0]));
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        else if (entries.Count > 1)
        {
            await using var importer = await write.Connection.BeginBinaryImportAsync(Copy, cancellationToken);
            foreach (var entry in entries)
            {
                await importer.StartRowAsync(cancellationToken);
                foreach (var column in LogColumns.All)
                {
                    await column.WriteAsync(importer, entry, cancellationToken);
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }
    }
}
