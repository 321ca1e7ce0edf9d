using Logtrail.Api.Errors;
using Logtrail.Application.Common.Faults;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Logtrail.Api.Health;

/// <summary>
/// Health answers in the API's JSON: healthy → 200 <c>{"status": "healthy", "checks": {…}}</c>; otherwise 503 in the
/// contract's error body (INTERNAL_LOG_SERVICE_ERROR, <c>Retry-After</c>) with the checks in <c>details</c>.
/// </summary>
public static class HealthResponseWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var checks = report.Entries.ToDictionary(entry => entry.Key, entry => (object?)WireName(entry.Value.Status));
        if (report.Status == HealthStatus.Healthy)
        {
            return context.Response.WriteAsJsonAsync(new { status = WireName(report.Status), checks }, context.RequestAborted);
        }

        var faults = context.RequestServices.GetRequiredService<IDatabaseFaults>();
        var unavailable = ApiError.From(new ServiceUnavailableException(faults.RetryAfter)) with
        {
            Details = new Dictionary<string, object?> { ["checks"] = checks },
        };
        return context.RequestServices.GetRequiredService<ErrorResponseWriter>().WriteAsync(context, unavailable);
    }

    private static string WireName(HealthStatus status) => status.ToString().ToLowerInvariant();
}
