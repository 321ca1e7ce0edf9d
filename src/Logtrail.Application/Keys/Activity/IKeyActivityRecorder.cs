namespace Logtrail.Application.Keys.Activity;

/// <summary>
/// Takes key activity off the request path: counted in memory — requests of a key that are alike within one second
/// become one event with a count — and written in batches within about a second.
/// </summary>
public interface IKeyActivityRecorder
{
    void Record(KeyRequest request);
}
