using Logtrail.Application.Logs.Idempotency;

namespace Logtrail.Api.Http;

/// <summary>The current request's outcome, set by handlers; read by controllers (headers) and the key-activity middleware.</summary>
public sealed class HttpRequestOutcome : IRequestOutcome
{
    public const string ReplayedHeader = "Idempotent-Replayed";

    public bool Replayed { get; set; }

    public int LogsStored { get; set; }
}
