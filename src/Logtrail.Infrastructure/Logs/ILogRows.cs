using System.Data.Common;
using Logtrail.Domain.Logs;

namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// Where <see cref="LogReader"/> puts the rows it reads, in the read order: as <see cref="LogEntry"/> values
/// (<see cref="LogEntryRows"/>) or as the response's JSON (<see cref="LogJsonRows"/>). A search may read rows it then
/// gives up (a probe that did not fill the page), so the rows after the first few can be dropped again.
/// </summary>
public interface ILogRows
{
    int Count { get; }

    /// <summary>What to do with each row of <paramref name="reader"/>'s result set (column positions looked up once).</summary>
    Action ReaderOf(DbDataReader reader);

    /// <summary>Drops every row after the first <paramref name="count"/>.</summary>
    void KeepFirst(int count);
}
