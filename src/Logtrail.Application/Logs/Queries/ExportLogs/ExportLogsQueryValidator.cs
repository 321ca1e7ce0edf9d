using FluentValidation;

namespace Logtrail.Application.Logs.Queries.ExportLogs;

public sealed class ExportLogsQueryValidator : AbstractValidator<ExportLogsQuery>
{
    public ExportLogsQueryValidator()
    {
        Include(new TimeRangeValidator());
        RuleFor(query => query.Format)
            .Must(format => format is null || ExportFormats.ParseOrNull(format) is not null)
            .OverridePropertyName("format")
            .WithMessage($"'format' is one of {string.Join(", ", ExportFormats.WireNames)} (default ndjson).");
    }
}
