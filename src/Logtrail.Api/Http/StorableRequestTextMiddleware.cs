using Logtrail.Api.Errors;
using Logtrail.Application.Common.Exceptions;
using Logtrail.Domain.Common;

namespace Logtrail.Api.Http;

/// <summary>
/// Refuses, before any endpoint runs, a path or query string that decodes to text PostgreSQL cannot hold (a
/// <c>%00</c>): 400 VALIDATION_FAILED naming the parameter. Runs after authentication and the rate limit, so those
/// answer first. Request bodies get the same rule from the JSON string converter and the ingest parser.
/// </summary>
public sealed class StorableRequestTextMiddleware(RequestDelegate next, ErrorResponseWriter errors)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.HasValue && StorableText.Problem(request.Path.Value) is { } pathProblem)
        {
            return Refuse(context, "path", pathProblem);
        }

        if (request.QueryString.HasValue)
        {
            foreach (var (name, values) in request.Query)
            {
                if (StorableText.Problem(name) is { } nameProblem)
                {
                    return Refuse(context, "query", nameProblem);
                }

                foreach (var value in values)
                {
                    if (value is not null && StorableText.Problem(value) is { } valueProblem)
                    {
                        return Refuse(context, name, valueProblem);
                    }
                }
            }
        }

        return next(context);
    }

    private Task Refuse(HttpContext context, string field, string problem) =>
        errors.WriteAsync(context, ApiError.From(new ValidationFailedException(field, $"'{field}' {problem}.")));
}
