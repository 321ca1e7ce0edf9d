using System.Text.Json;
using Logtrail.Application.Common.Errors;
using Logtrail.Api.Serialization;
using Logtrail.Application.Common.Exceptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Logtrail.Api.Errors;

/// <summary>
/// Answers what model binding rejected, in the contract's body instead of the framework's problem details:
/// a body string PostgreSQL cannot hold → VALIDATION_FAILED naming the field; a body that is not valid JSON (or not
/// of the expected shape) → VALIDATION_INVALID_JSON; a query or route value
/// that does not convert → VALIDATION_FAILED naming the parameter.
/// </summary>
public static class ModelStateErrors
{
    public static IActionResult ToResult(ActionContext context)
    {
        var failures = context.ModelState
            .Where(entry => entry.Value is { ValidationState: ModelValidationState.Invalid })
            .SelectMany(entry => entry.Value!.Errors.Select(error => (Field: entry.Key, Error: error)))
            .ToList();

        var unstorable = failures.FirstOrDefault(failure => UnstorableText(failure.Error) is not null);
        if (unstorable.Error is not null)
        {
            var field = FieldOf(unstorable.Field);
            return ErrorResponseWriter.ToResult(
                context.HttpContext,
                ApiError.From(new ValidationFailedException(field, $"'{field}' {UnstorableText(unstorable.Error)!.Message}.")));
        }

        var jsonFailure = failures.FirstOrDefault(failure => failure.Field.StartsWith('$') || failure.Error.Exception is JsonException);
        var error = jsonFailure.Error is not null
            ? new ApiError(
                ErrorKind.InvalidRequest,
                ErrorCodes.InvalidJson,
                $"The request body is not valid JSON for this endpoint (at {jsonFailure.Field}).",
                Param: jsonFailure.Field)
            : ApiError.From(new ValidationFailedException(
                failures.Select(failure => new FieldError(failure.Field, $"'{failure.Field}' has an invalid value.")).ToList()));
        return ErrorResponseWriter.ToResult(context.HttpContext, error);
    }

    private static UnstorableTextException? UnstorableText(ModelError error) =>
        error.Exception as UnstorableTextException ?? error.Exception?.InnerException as UnstorableTextException;

    /// <summary>A JSON path as the serializer writes it (<c>$.origins[0]</c>) as a field name (<c>origins[0]</c>).</summary>
    private static string FieldOf(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
}
