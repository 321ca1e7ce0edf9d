using FluentValidation;
using Logtrail.Application.Common.Validation;
using Logtrail.Domain.Plans;

namespace Logtrail.Application.Projects.Commands.UpdateProject;

public sealed class UpdateProjectCommandValidator : AbstractValidator<UpdateProjectCommand>
{
    public UpdateProjectCommandValidator(PlanCatalog plans)
    {
        RuleFor(command => command)
            .Must(command => command.Name is not null || command.PlanCode is not null)
            .OverridePropertyName("name")
            .WithMessage("Give a new 'name' or 'plan_code'.");
        RuleFor(command => command.Name).ValidName().When(command => command.Name is not null);
        RuleFor(command => command.PlanCode).KnownPlan(plans).When(command => command.PlanCode is not null);
    }
}
