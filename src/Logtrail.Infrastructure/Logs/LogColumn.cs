using Logtrail.Domain.Logs;
using Npgsql;
using NpgsqlTypes;

namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// One column of <c>logs</c>: its name, how a SELECT reads it, and its value of a <see cref="LogEntry"/> as binary
/// COPY and an INSERT of many rows (one array parameter per column, unnested) write it. <see cref="LogColumns"/>
/// lists them all.
/// </summary>
public abstract class LogColumn(string name, NpgsqlDbType type, string? readAs)
{
    public string Name { get; } = name;

    public NpgsqlDbType Type { get; } = type;

    /// <summary>The column in a SELECT list, converted where Dapper reads it as another type (JSONB as text).</summary>
    public string Selected { get; } = readAs is null ? name : $"{readAs} AS {name}";

    /// <summary>The column as an INSERT takes it from the unnested arrays (whose columns bear the columns' names).</summary>
    public virtual string Unnested => Name;

    /// <summary>Writes this column of <paramref name="entry"/> into the current row of a binary COPY.</summary>
    public abstract Task WriteAsync(NpgsqlBinaryImporter importer, LogEntry entry, CancellationToken cancellationToken);

    /// <summary>This column of every entry, in order, as one typed array parameter (null elements for SQL NULL).</summary>
    public abstract NpgsqlParameter ArrayOf(IReadOnlyList<LogEntry> entries);
}

/// <summary>A column whose value is a <typeparamref name="T"/> (null written as SQL NULL); no boxing on COPY.</summary>
public sealed class LogColumn<T>(string name, NpgsqlDbType type, Func<LogEntry, T> value, string? readAs = null)
    : LogColumn(name, type, readAs)
{
    public override Task WriteAsync(NpgsqlBinaryImporter importer, LogEntry entry, CancellationToken cancellationToken) =>
        value(entry) is { } present ? importer.WriteAsync(present, Type, cancellationToken) : importer.WriteNullAsync(cancellationToken);

    public override NpgsqlParameter ArrayOf(IReadOnlyList<LogEntry> entries)
    {
        var values = new T[entries.Count];
        for (var index = 0; index < values.Length; index++)
        {
            values[index] = value(entries[index]);
        }

        return new NpgsqlParameter<T[]> { NpgsqlDbType = NpgsqlDbType.Array | Type, TypedValue = values };
    }
}

/// <summary>
/// A <c>text[]</c> column. PostgreSQL arrays cannot nest, so an INSERT of many rows sends each row's value as an
/// array literal (<c>{"a","b"}</c>) in a <c>text[]</c> parameter and converts it back per row.
/// </summary>
public sealed class TextArrayLogColumn(string name, Func<LogEntry, IReadOnlyList<string>> value)
    : LogColumn(name, NpgsqlDbType.Array | NpgsqlDbType.Text, readAs: null)
{
    public override string Unnested => $"{Name}::text[]";

    public override Task WriteAsync(NpgsqlBinaryImporter importer, LogEntry entry, CancellationToken cancellationToken) =>
        importer.WriteAsync(value(entry) as string[] ?? [.. value(entry)], Type, cancellationToken);

    public override NpgsqlParameter ArrayOf(IReadOnlyList<LogEntry> entries)
    {
        var literals = new string[entries.Count];
        for (var index = 0; index < literals.Length; index++)
        {
            literals[index] = Literal(value(entries[index]));
        }

        return new NpgsqlParameter<string[]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, TypedValue = literals };
    }

    /// <summary>PostgreSQL's array input syntax: every element double-quoted, with <c>\</c> and <c>"</c> escaped.</summary>
    public static string Literal(IReadOnlyList<string> elements) =>
        "{" + string.Join(',', elements.Select(element => "\"" + element.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"")) + "}";
}
