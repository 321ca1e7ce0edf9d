using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Logs.Commands.IngestLog;
using Logtrail.Application.Logs.Parsing;
using Logtrail.Domain.Plans;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Application.Logs.Commands.ImportLogs;

/// <summary>
/// What makes an import line valid: ingestion's rules (<see cref="IngestLogRules"/>), with the client timestamp
/// judged against the line's own server timestamp (at most 24 hours after it), plus
/// <list type="bullet">
/// <item><c>server_timestamp</c> required, RFC 3339, at most one minute ahead of the server's clock;</item>
/// <item>an <c>environment</c>, when the line names one, equal to the import's.</item>
/// </list>
/// </summary>
public static class ImportLineRules
{
    public static readonly TimeSpan MaxServerClockAhead = TimeSpan.FromMinutes(1);

    public static void Check(ParsedLog log, DeploymentEnvironment environment, Plan plan, DateTimeOffset now, ICollection<FieldError> errors)
    {
        IngestLogRules.Check(log, logIndex: null, plan, log.ServerTimestamp ?? now, errors);
        if (!log.IsObject)
        {
            return;
        }

        if (log.ServerTimestamp is not { } serverTimestamp)
        {
            errors.Add(new FieldError(LogFields.ServerTimestamp, $"'{LogFields.ServerTimestamp}' is required: the RFC 3339 time the log was stored at."));
        }
        else if (serverTimestamp > now + MaxServerClockAhead)
        {
            errors.Add(new FieldError(LogFields.ServerTimestamp, $"'{LogFields.ServerTimestamp}' is more than a minute in the future."));
        }

        if (log.NamedEnvironment is { } named && named != environment.ToWireName())
        {
            errors.Add(new FieldError(LogFields.Environment, $"The line names environment '{named}'; this import is into '{environment.ToWireName()}'."));
        }
    }
}
