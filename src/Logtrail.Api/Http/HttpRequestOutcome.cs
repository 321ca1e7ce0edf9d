using Logtrail.Application.Logs.Idempotency;

namespace Logtrail.Api.Http;

/// <summary>The current request's outcome flags, set by handlers and turned into headers by controllers.</summary>
public sealed class HttpRequestOutcome : IRequestOutcome
{
    public const string ReplayedHeader = "Idempotent-Replayed";

    public bool Replayed { get; set; }
}
