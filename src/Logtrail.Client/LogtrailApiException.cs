using System.Net;
using System.Text.Json;
using Logtrail.Client.Http;

namespace Logtrail.Client;

/// <summary>An error answer of the Logtrail service, with the fields of its error body.</summary>
public sealed class LogtrailApiException : Exception
{
    /// <summary>An exception for an error answer.</summary>
    public LogtrailApiException(
        HttpStatusCode statusCode, string errorCode, string message, string? reason, string? requestId, TimeSpan? retryAfter,
        IReadOnlyList<LogtrailFieldError> errors)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        Reason = reason;
        RequestId = requestId;
        RetryAfter = retryAfter;
        Errors = errors;
    }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The body's <c>error_code</c>, e.g. <c>VALIDATION_FAILED</c> (<c>HTTP_{status}</c> when the answer was not the service's JSON).</summary>
    public string ErrorCode { get; }

    /// <summary><c>details.reason</c>: e.g. <c>environment_mismatch</c>, <c>idempotency_key_reused</c>, <c>payload_too_large</c>.</summary>
    public string? Reason { get; }

    /// <summary>The request's id (body or <c>X-Request-Id</c>), for the service's logs.</summary>
    public string? RequestId { get; }

    /// <summary>The <c>Retry-After</c> header, when there was one (for a monthly quota it may be weeks).</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary><c>details.errors</c>: each problem with its field and, in a batch, its log index.</summary>
    public IReadOnlyList<LogtrailFieldError> Errors { get; }

    internal static async Task<LogtrailApiException> FromResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await ErrorBody.ReadAsync(response, cancellationToken).ConfigureAwait(false);
        var requestId = body?.RequestId
            ?? (response.Headers.TryGetValues("X-Request-Id", out var ids) ? ids.FirstOrDefault() : null);
        return new LogtrailApiException(
            response.StatusCode,
            body?.ErrorCode ?? $"HTTP_{(int)response.StatusCode}",
            body?.Message ?? $"The Logtrail service answered {(int)response.StatusCode} {response.ReasonPhrase}.",
            body?.Reason,
            requestId,
            RetryAfterOf(response),
            ErrorsOf(body?.Details));
    }

    internal static TimeSpan? RetryAfterOf(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
            _ => null,
        };

    private static List<LogtrailFieldError> ErrorsOf(JsonElement? details)
    {
        var errors = new List<LogtrailFieldError>();
        if (details is not { ValueKind: JsonValueKind.Object } value || !value.TryGetProperty("errors", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return errors;
        }

        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object)
            {
                errors.Add(new LogtrailFieldError
                {
                    Field = TextOf(item, "field"),
                    Message = TextOf(item, "message"),
                    LogIndex = NumberOf(item, "log_index"),
                    Position = NumberOf(item, "position"),
                });
            }
        }

        return errors;
    }

    private static string? TextOf(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? NumberOf(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;
}
