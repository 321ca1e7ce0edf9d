using Logtrail.Application.Logs.Parsing;
using Logtrail.Domain.Common;
using Logtrail.Domain.Logs;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Application.Logs;

/// <summary>Turns a log that passed the ingest rules into the entry to store.</summary>
public static class LogEntryFactory
{
    public static LogEntry Create(ParsedLog log, Guid id, Guid projectId, DeploymentEnvironment environment, DateTimeOffset serverTimestamp, Guid? apiKeyId) =>
        new(
            id,
            projectId,
            environment,
            log.Level!.Value,
            log.Action!,
            log.Message,
            log.Tags,
            log.Actor?.Json,
            log.Target?.Json,
            log.Context?.Json,
            log.Metadata?.Json,
            log.ClientTimestamp!.Value.ToMicroseconds(),
            serverTimestamp,
            log.IsPublic,
            apiKeyId);
}
