using FluentValidation;
using Logtrail.Application.Common;
using Logtrail.Domain.Common;
using Logtrail.Domain.Logs;

namespace Logtrail.Application.Logs.Queries.GetLogs;

public sealed class GetLogsQueryValidator : AbstractValidator<GetLogsQuery>
{
    public GetLogsQueryValidator()
    {
        RuleFor(query => query.From).Must(BeRfc3339).WithMessage("'from' must be an RFC 3339 timestamp.");
        RuleFor(query => query.To).Must(BeRfc3339).WithMessage("'to' must be an RFC 3339 timestamp.");
        RuleFor(query => query.CursorTs).Must(BeRfc3339).OverridePropertyName("cursorTS").WithMessage("'cursorTS' must be an RFC 3339 timestamp.");
        RuleFor(query => query.CursorId).Must(id => id is null || Guid.TryParse(id, out _)).OverridePropertyName("cursorID").WithMessage("'cursorID' must be a UUID.");
        RuleFor(query => query)
            .Must(query => (query.CursorId is null) == (query.CursorTs is null))
            .OverridePropertyName("cursorID")
            .WithMessage("'cursorID' and 'cursorTS' go together: pass both from the last entry of the previous page.");
        RuleFor(query => query.PageSize)
            .InclusiveBetween(GetLogsQuery.MinPageSize, GetLogsQuery.MaxPageSize)
            .OverridePropertyName("pageSize")
            .WithMessage($"'pageSize' must be {GetLogsQuery.MinPageSize} to {GetLogsQuery.MaxPageSize}.");
        RuleForEach(query => Csv.Split(query.Levels))
            .Must(level => Levels.TryParse(level, out _))
            .OverridePropertyName("levels")
            .WithMessage($"'levels' may hold only {string.Join(", ", Levels.WireNames)}.");
        RuleForEach(query => Csv.Split(query.Tags))
            .Must(tag => tag.Length <= LogRules.MaxTagLength)
            .OverridePropertyName("tags")
            .WithMessage($"Each tag is at most {LogRules.MaxTagLength} characters.");
    }

    private static bool BeRfc3339(string? text) => text is null || Rfc3339.TryParse(text, out _);
}
