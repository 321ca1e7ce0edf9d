using System.Text.Json;

namespace Logtrail.Client.Http;

/// <summary>The service's error body: <c>{error_code, message, request_id, details}</c>.</summary>
internal sealed class ErrorBody
{
    public string? ErrorCode { get; init; }

    public string? Message { get; init; }

    public string? RequestId { get; init; }

    public JsonElement? Details { get; init; }

    /// <summary><c>details.reason</c>, the finer distinction within one <c>error_code</c>.</summary>
    public string? Reason =>
        Details is { ValueKind: JsonValueKind.Object } details && details.TryGetProperty("reason", out var reason) && reason.ValueKind == JsonValueKind.String
            ? reason.GetString()
            : null;

    /// <summary>Reads the body of an error response, or null when it is not the service's JSON (a proxy's page, say).</summary>
    public static async Task<ErrorBody?> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType?.MediaType is not { } mediaType || !mediaType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            // Bytes, not the stream: the body may be read twice (once to decide on a retry, once for the exception).
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return JsonSerializer.Deserialize(bytes, LogtrailJson.Default.ErrorBody);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
