using FluentValidation;
using Logtrail.Application.Common.Exceptions;
using MediatR;

namespace Logtrail.Application.Common.Behaviours;

/// <summary>Runs every FluentValidation validator of the request and reports all failures at once (400 VALIDATION_FAILED).</summary>
public sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    private readonly IValidator<TRequest>[] _validators = validators.ToArray();

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (_validators.Length > 0)
        {
            var context = new ValidationContext<TRequest>(request);
            var errors = new List<FieldError>();
            foreach (var validator in _validators)
            {
                var result = await validator.ValidateAsync(context, cancellationToken);
                errors.AddRange(result.Errors.Select(failure => new FieldError(failure.PropertyName, failure.ErrorMessage)));
            }

            if (errors.Count > 0)
            {
                throw new ValidationFailedException(errors);
            }
        }

        return await next();
    }
}
