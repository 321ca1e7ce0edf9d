using FluentValidation;
using Logtrail.Application.Logs;
using Logtrail.Application.Logs.Commands.IngestLog;

namespace Logtrail.Application.Activity.Queries.GetActivity;

public sealed class GetActivityQueryValidator : AbstractValidator<GetActivityQuery>
{
    /// <summary>Longest actor or target id a feed may be asked for.</summary>
    public const int MaxIdLength = 256;

    public GetActivityQueryValidator()
    {
        Include(new LogWindowValidator(cursorFoundById: true));
        RuleFor(query => query.ActorId).MaximumLength(MaxIdLength).OverridePropertyName("actor_id");
        RuleFor(query => query.TargetId).MaximumLength(MaxIdLength).OverridePropertyName("target_id");
        RuleFor(query => query.Action).MaximumLength(IngestLogRules.MaxActionLength).OverridePropertyName("action");
    }
}
