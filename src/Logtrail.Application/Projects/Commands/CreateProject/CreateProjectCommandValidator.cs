using FluentValidation;
using Logtrail.Application.Common.Validation;
using Logtrail.Domain.Plans;

namespace Logtrail.Application.Projects.Commands.CreateProject;

public sealed class CreateProjectCommandValidator : AbstractValidator<CreateProjectCommand>
{
    public CreateProjectCommandValidator(PlanCatalog plans)
    {
        RuleFor(command => command.OrganizationId).NotEmpty();
        RuleFor(command => command.Name).ValidName();
        RuleFor(command => command.PlanCode).KnownPlan(plans);
    }
}
