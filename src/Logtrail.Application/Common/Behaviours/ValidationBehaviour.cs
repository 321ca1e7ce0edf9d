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

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
        _validators.Length == 0 ? next() : ValidateThenHandleAsync(request, cancellationToken, next);

    private async Task<TResponse> ValidateThenHandleAsync(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var context = new ValidationContext<TRequest>(request);
        var failures = new List<ValidationFailure>();
        foreach (var validator in _validators)
        {
            failures.AddRange((await validator.ValidateAsync(context, cancellationToken)).Errors);
        }

        if (failures.Count > 0)
        {
            var errors = failures.Select(failure => new FieldError(failure.PropertyName, failure.ErrorMessage, failure.CustomState as int?)).ToList();
            var code = failures[0].ErrorCode is { } first && first.StartsWith("VALIDATION_", StringComparison.Ordinal)
                ? first
                : ErrorCodes.ValidationFailed;
            throw new ValidationFailedException(errors, code);
        }

        return await next();
    }
}
