using FluentValidation;
using Logtrail.Application.Common.Validation;

namespace Logtrail.Application.Logs;

/// <summary>Rules of <see cref="ILogWindow"/>: its <see cref="TimeRangeValidator"/> rules, an RFC 3339 cursor timestamp, a UUID cursor id given with it, page size 10–100.</summary>
public sealed class LogWindowValidator : AbstractValidator<ILogWindow>
{
    public LogWindowValidator()
    {
        Include(new TimeRangeValidator());
        RuleFor(window => window.CursorTs).Rfc3339().OverridePropertyName("cursorTS").WithMessage("'cursorTS' must be an RFC 3339 timestamp.");
        RuleFor(window => window.CursorId).Must(id => id is null || Guid.TryParse(id, out _)).OverridePropertyName("cursorID").WithMessage("'cursorID' must be a UUID.");
        RuleFor(window => window)
            .Must(window => (window.CursorId is null) == (window.CursorTs is null))
            .OverridePropertyName("cursorID")
            .WithMessage("'cursorID' and 'cursorTS' go together: pass both from the last entry of the previous page.");
        RuleFor(window => window.PageSize)
            .InclusiveBetween(ILogWindow.MinPageSize, ILogWindow.MaxPageSize)
            .OverridePropertyName("pageSize")
            .WithMessage($"'pageSize' must be {ILogWindow.MinPageSize} to {ILogWindow.MaxPageSize}.");
    }
}
