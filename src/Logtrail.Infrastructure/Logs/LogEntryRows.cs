using System.Data.Common;
using Logtrail.Domain.Logs;

namespace Logtrail.Infrastructure.Logs;

/// <summary>Rows as stored entries.</summary>
public sealed class LogEntryRows(int capacity) : ILogRows
{
    public List<LogEntry> Entries { get; } = new(capacity);

    public int Count => Entries.Count;

    public Action ReaderOf(DbDataReader reader)
    {
        var rows = new LogEntryReader(reader);
        return () => Entries.Add(rows.Read());
    }

    public void KeepFirst(int count) => Entries.RemoveRange(count, Entries.Count - count);
}
