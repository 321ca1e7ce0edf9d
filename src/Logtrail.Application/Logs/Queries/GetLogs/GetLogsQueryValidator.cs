using FluentValidation;
using Logtrail.Application.Common;
using Logtrail.Application.Logs.Commands.IngestLog;
using Logtrail.Domain.Logs;

namespace Logtrail.Application.Logs.Queries.GetLogs;

public sealed class GetLogsQueryValidator : AbstractValidator<GetLogsQuery>
{
    public GetLogsQueryValidator()
    {
        Include(new LogWindowValidator(cursorFoundById: true));
        RuleForEach(query => Csv.Split(query.Levels))
            .Must(level => Levels.TryParse(level, out _))
            .OverridePropertyName("levels")
            .WithMessage($"'levels' may hold only {string.Join(", ", Levels.WireNames)}.");
        RuleForEach(query => Csv.Split(query.Tags))
            .Must(tag => tag.Length <= IngestLogRules.MaxTagLength)
            .OverridePropertyName("tags")
            .WithMessage($"Each tag is at most {IngestLogRules.MaxTagLength} characters.");
    }
}
