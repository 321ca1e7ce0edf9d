using FluentValidation;
using Logtrail.Application.Common.Validation;

namespace Logtrail.Application.Organizations.Commands.CreateOrganization;

public sealed class CreateOrganizationCommandValidator : AbstractValidator<CreateOrganizationCommand>
{
    public CreateOrganizationCommandValidator()
    {
        RuleFor(command => command.Name).ValidName();
    }
}
