namespace Logtrail.Application.Keys.Activity;

/// <summary>Takes key activity off the request path: recorded in memory, written in batches within about a second.</summary>
public interface IKeyActivityRecorder
{
    void Record(KeyActivityEvent activity);
}
