using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Common.Security;
using Logtrail.Application.Logs.Commands.IngestLog;
using Logtrail.Application.Logs.Parsing;
using Logtrail.Domain.Keys;
using Logtrail.Domain.Plans;
using Logtrail.Domain.Tenancy;
using MediatR;

namespace Logtrail.Application.Logs.Commands.ValidateLogs;

/// <summary>
/// Dry run of ingestion (<c>POST /logs/validate</c>): the same rules, every problem reported in the 200 response
/// (another environment included, as an error entry), nothing stored and no quota used.
/// </summary>
[RequiresPermission(Permission.LogsWrite)]
public sealed record ValidateLogsCommand(IReadOnlyList<ParsedLog> Logs, bool IsBatch) : IRequest<ValidationReport>;

public sealed class ValidateLogsCommandHandler(ICallerContext caller, PlanCatalog plans, TimeProvider clock)
    : IRequestHandler<ValidateLogsCommand, ValidationReport>
{
    public Task<ValidationReport> Handle(ValidateLogsCommand request, CancellationToken cancellationToken)
    {
        var key = caller.RequireKey();
        var plan = plans.For(key);
        var now = clock.GetUtcNow();
        var errors = new List<FieldError>();
        var warnings = new List<string>();
        if (request.IsBatch && IngestLogRules.BatchSizeProblem(request.Logs.Count, plan) is { } batchProblem)
        {
            errors.Add(new FieldError("", batchProblem));
        }

        for (var index = 0; index < request.Logs.Count; index++)
        {
            var log = request.Logs[index];
            int? logIndex = request.IsBatch ? index : null;
            IngestLogRules.Check(log, logIndex, plan, now, errors);
            CheckEnvironment(log, logIndex, key.Environment, errors);
            warnings.AddRange(IngestLogRules.UnknownFields(log).Select(field =>
                logIndex is null ? $"Unknown field '{field}' is ignored." : $"Log {logIndex}: unknown field '{field}' is ignored."));
        }

        return Task.FromResult(new ValidationReport(errors.Count == 0, warnings, errors));
    }

    private static void CheckEnvironment(ParsedLog log, int? logIndex, DeploymentEnvironment keyEnvironment, List<FieldError> errors)
    {
        if (log.NamedEnvironment is not { } named)
        {
            return;
        }

        if (!DeploymentEnvironments.TryParse(named, out var environment))
        {
            errors.Add(new FieldError("environment", new InvalidEnvironmentException(named).Message, logIndex));
        }
        else if (environment != keyEnvironment)
        {
            errors.Add(new FieldError("environment", new EnvironmentMismatchException(environment.Value, keyEnvironment).Message, logIndex));
        }
    }
}
