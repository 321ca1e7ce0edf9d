using Logtrail.Application.Logs.Idempotency;
using Logtrail.Application.Logs.Parsing;

namespace Logtrail.Api.Http;

/// <summary>The logs of one request body, each parsed once as it streamed in.</summary>
public sealed record LogBody(IReadOnlyList<ParsedLog> Logs, bool IsBatch, IdempotencyRequest? Idempotency);
