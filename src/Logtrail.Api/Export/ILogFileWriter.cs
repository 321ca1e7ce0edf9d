using Logtrail.Application.Logs;

namespace Logtrail.Api.Export;

/// <summary>Writes the entries of one export file, one after another, into the output it was started on.</summary>
public interface ILogFileWriter
{
    void WriteEntry(LogEntryDto entry);
}
