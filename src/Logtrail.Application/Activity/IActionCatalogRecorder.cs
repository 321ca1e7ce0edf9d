using Logtrail.Domain.Logs;

namespace Logtrail.Application.Activity;

/// <summary>Counts stored logs into the action catalog off the request path; the entries appear within seconds.</summary>
public interface IActionCatalogRecorder
{
    void Record(IReadOnlyList<LogEntry> stored);
}
