using FluentValidation;
using Logtrail.Application.Common.Errors;
using Logtrail.Domain.Common;
using Logtrail.Application.Common.Validation;

namespace Logtrail.Application.Logs;

/// <summary>
/// Rules of <see cref="ILogWindow"/>: its <see cref="TimeRangeValidator"/> rules, a cursor timestamp (RFC 3339;
/// without an offset, UTC), a UUID cursor id, page size 10–100. Where the cursor entry is found by its id
/// (<paramref name="cursorFoundById"/>: logs and activity), the cursor timestamp may be left out; elsewhere cursor id
/// and timestamp go together.
/// </summary>
public sealed class LogWindowValidator : AbstractValidator<ILogWindow>
{
    public LogWindowValidator(bool cursorFoundById = false)
    {
        Include(new TimeRangeValidator());
        RuleFor(window => window.CursorTs).QueryInstant().OverridePropertyName("cursorTS")
            .WithMessage("'cursorTS' must be an RFC 3339 timestamp (without an offset it is read as UTC).");
        RuleFor(window => window.CursorId).Must(id => id is null || Guid.TryParse(id, out _)).OverridePropertyName("cursorID").WithMessage("'cursorID' must be a UUID.");
        RuleFor(window => window)
            .Must(window => cursorFoundById ? window.CursorTs is null || window.CursorId is not null : (window.CursorId is null) == (window.CursorTs is null))
            .OverridePropertyName("cursorID")
            .WithMessage(cursorFoundById
                ? "'cursorTS' needs 'cursorID': pass the id of the last entry of the previous page."
                : "'cursorID' and 'cursorTS' go together: pass both from the last entry of the previous page.");
        RuleFor(window => window.PageSize)
            .InclusiveBetween(ILogWindow.MinPageSize, ILogWindow.MaxPageSize)
            .OverridePropertyName("pageSize")
            .WithMessage($"'pageSize' must be {ILogWindow.MinPageSize} to {ILogWindow.MaxPageSize}.");
    }
}
