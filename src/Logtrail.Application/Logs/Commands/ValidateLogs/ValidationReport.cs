using Logtrail.Application.Common.Exceptions;

namespace Logtrail.Application.Logs.Commands.ValidateLogs;

/// <summary>The contract's <c>ValidationResponse</c>: <c>{valid, warnings, errors: [{field, message, log_index}]}</c>.</summary>
public sealed record ValidationReport(bool Valid, IReadOnlyList<string> Warnings, IReadOnlyList<FieldError> Errors);
