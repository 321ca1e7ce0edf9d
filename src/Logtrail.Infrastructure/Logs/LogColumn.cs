using Logtrail.Domain.Logs;
using Npgsql;
using NpgsqlTypes;

namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// One column of <c>logs</c>: its name, how a SELECT reads it, and its value of a <see cref="LogEntry"/> as INSERT
/// and binary COPY write it. <see cref="LogColumns"/> lists them all.
/// </summary>
public abstract class LogColumn(string name, NpgsqlDbType type, string? readAs)
{
    public string Name { get; } = name;

    public NpgsqlDbType Type { get; } = type;

    /// <summary>The column in a SELECT list, converted where Dapper reads it as another type (JSONB as text).</summary>
    public string Selected { get; } = readAs is null ? name : $"{readAs} AS {name}";

    /// <summary>Writes this column of <paramref name="entry"/> into the current row of a binary COPY.</summary>
    public abstract Task WriteAsync(NpgsqlBinaryImporter importer, LogEntry entry, CancellationToken cancellationToken);

    /// <summary>This column of <paramref name="entry"/> as a typed, positional INSERT parameter.</summary>
    public abstract NpgsqlParameter ParameterOf(LogEntry entry);
}

/// <summary>A column whose value is a <typeparamref name="T"/> (null written as SQL NULL); no boxing on COPY.</summary>
public sealed class LogColumn<T>(string name, NpgsqlDbType type, Func<LogEntry, T> value, string? readAs = null)
    : LogColumn(name, type, readAs)
{
    public override Task WriteAsync(NpgsqlBinaryImporter importer, LogEntry entry, CancellationToken cancellationToken) =>
        value(entry) is { } present ? importer.WriteAsync(present, Type, cancellationToken) : importer.WriteNullAsync(cancellationToken);

    public override NpgsqlParameter ParameterOf(LogEntry entry) =>
        value(entry) is { } present
            ? new NpgsqlParameter<T> { NpgsqlDbType = Type, TypedValue = present }
            : new NpgsqlParameter { NpgsqlDbType = Type, Value = DBNull.Value };
}
