using FluentValidation;
using FluentValidation.Results;
using Logtrail.Application.Common.Errors;
using Logtrail.Application.Common.Exceptions;
using MediatR;

namespace Logtrail.Application.Common.Behaviours;

/// <summary>
/// Runs every FluentValidation validator of the request and reports all failures at once: 400 VALIDATION_FAILED,
/// or the contract code a validator set on its first failure (e.g. VALIDATION_BULK_LIMIT_EXCEEDED). A failure's
/// <see cref="ValidationFailure.CustomState"/>, when an int, is the index of the log it concerns.
/// </summary>
public sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    private readonly IValidator<TRequest>[] _validators = validators.ToArray();

    /// <summary>Hands on to <paramref name="next"/> without an async frame of its own when the validators finish
    /// synchronously (none of them awaits anything today).</summary>
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (_validators.Length == 0)
        {
            return next();
        }

        var validation = ValidateAsync(request, cancellationToken);
        if (!validation.IsCompletedSuccessfully)
        {
            return ValidateThenHandleAsync(validation, next);
        }

        ThrowIfAnyFailed(validation.Result);
        return next();
    }

    private static async Task<TResponse> ValidateThenHandleAsync(Task<List<ValidationFailure>> validation, RequestHandlerDelegate<TResponse> next)
    {
        ThrowIfAnyFailed(await validation);
        return await next();
    }

    private async Task<List<ValidationFailure>> ValidateAsync(TRequest request, CancellationToken cancellationToken)
    {
        var context = new ValidationContext<TRequest>(request);
        var failures = new List<ValidationFailure>();
        foreach (var validator in _validators)
        {
            failures.AddRange((await validator.ValidateAsync(context, cancellationToken)).Errors);
        }

        return failures;
    }

    private static void ThrowIfAnyFailed(List<ValidationFailure> failures)
    {
        if (failures.Count > 0)
        {
            var errors = failures.Select(failure => new FieldError(failure.PropertyName, failure.ErrorMessage, failure.CustomState as int?)).ToList();
            var code = failures[0].ErrorCode is { } first && first.StartsWith("VALIDATION_", StringComparison.Ordinal)
                ? first
                : ErrorCodes.ValidationFailed;
            throw new ValidationFailedException(errors, code);
        }
    }
}
