using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Unicode;
using Logtrail.Application.Activity;
using Logtrail.Application.Audit;
using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Common.Persistence;
using Logtrail.Application.Common.Security;
using Logtrail.Application.Logs.Parsing;
using Logtrail.Application.Logs.Queries.AggregateLogs;
using Logtrail.Application.Logs.Storage;
using Logtrail.Application.Projects;
using Logtrail.Domain.Common;
using Logtrail.Domain.Logs;
using Logtrail.Domain.Plans;
using Logtrail.Domain.Tenancy;
using MediatR;

namespace Logtrail.Application.Logs.Commands.ImportLogs;

/// <summary>
/// Historical import (<c>POST /admin/projects/{id}/logs/import?environment=…</c>): NDJSON lines in the stored-log
/// shape, with their original <c>server_timestamp</c>, read as they stream in and stored in batches of
/// <see cref="BatchSize"/> lines. A bad line fails its batch (nothing of it is stored) and the import goes on; lines
/// past the plan's retention and lines already stored are skipped and counted. Imported logs belong to no API key,
/// count in no usage or quota, and are announced to no live tail. The audit trail records the start and the end.
/// </summary>
[RequiresAdminToken]
public sealed record ImportLogsCommand(Guid ProjectId, string? Environment, IAsyncEnumerable<ImportLine> Lines, int BatchSize) : IRequest<ImportReport>;

public sealed class ImportLogsCommandHandler(
    IProjectRepository projects,
    PlanCatalog plans,
    IWriteTransactions transactions,
    ILogStore logs,
    IAggregateCache aggregateCache,
    IActionCatalogRecorder catalog,
    IAdminAuditTrail audit,
    ICallerContext caller,
    TimeProvider clock)
    : IRequestHandler<ImportLogsCommand, ImportReport>
{
    /// <summary>The most line errors one report lists (every failed batch is still counted).</summary>
    public const int MaxListedErrors = 100;

    public async Task<ImportReport> Handle(ImportLogsCommand request, CancellationToken cancellationToken)
    {
        var project = await projects.GetRequiredAsync(request.ProjectId, cancellationToken);
        var environment = DeploymentEnvironments.Parse(request.Environment!);
        await RecordAsync("project.logs_import_started", project.Id, new() { ["environment"] = request.Environment }, cancellationToken);

        var import = new Import(project.Id, environment, plans.Get(project.PlanCode), clock.GetUtcNow(), transactions, logs, aggregateCache, catalog);
        var batch = new List<LogEntry>(request.BatchSize);
        var lines = 0;
        await foreach (var line in request.Lines.WithCancellation(cancellationToken))
        {
            if (import.Read(line) is { } entry)
            {
                batch.Add(entry);
            }

            if (++lines == request.BatchSize)
            {
                await import.StoreAsync(batch, cancellationToken);
                batch.Clear();
                lines = 0;
            }
        }

        await import.StoreAsync(batch, cancellationToken);
        var report = import.Report();
        await RecordAsync("project.logs_import_finished", project.Id, new()
        {
            ["environment"] = request.Environment,
            ["imported"] = report.Imported,
            ["skipped_duplicates"] = report.SkippedDuplicates,
            ["skipped_expired"] = report.SkippedExpired,
            ["failed_batches"] = report.FailedBatches,
        }, cancellationToken);
        return report;
    }

    /// <summary>One audit row, committed at once (an import is many transactions, not one unit of work).</summary>
    private Task RecordAsync(string action, Guid projectId, Dictionary<string, object?> details, CancellationToken cancellationToken) =>
        audit.RecordAsync(
            AdminAuditEntry.Of(caller.RequireAdminActor(), new AdminAuditEvent(action, $"project:{projectId}", details), caller.ClientAddress, clock.GetUtcNow()),
            cancellationToken);

    /// <summary>One import's running state: the current batch's errors and the totals.</summary>
    private sealed class Import(
        Guid projectId,
        DeploymentEnvironment environment,
        Plan plan,
        DateTimeOffset now,
        IWriteTransactions transactions,
        ILogStore logs,
        IAggregateCache aggregateCache,
        IActionCatalogRecorder catalog)
    {
        private readonly List<ImportError> _listed = [];
        private readonly HashSet<DateOnly> _preparedDays = [];
        private readonly DateTimeOffset _retentionStart = plan.RetentionStart(now);
        private readonly byte[] _scope = [.. projectId.ToByteArray(), .. System.Text.Encoding.UTF8.GetBytes(environment.ToWireName())];
        private bool _batchFailed;
        private long _imported;
        private long _duplicates;
        private long _expired;
        private int _failedBatches;

        /// <summary>The entry a line stores; null when it is bad (recorded) or past retention (counted).</summary>
        public LogEntry? Read(ImportLine line)
        {
            var errors = new List<FieldError>();
            var log = Parse(line, errors);
            if (log is not null)
            {
                ImportLineRules.Check(log, environment, plan, now, errors);
            }

            if (errors.Count > 0)
            {
                _batchFailed = true;
                foreach (var error in errors.Take(MaxListedErrors - _listed.Count))
                {
                    _listed.Add(new ImportError(line.Number, error.Field, error.Message));
                }

                return null;
            }

            var serverTimestamp = log!.ServerTimestamp!.Value.ToMicroseconds();
            if (serverTimestamp < _retentionStart)
            {
                _expired++;
                return null;
            }

            return LogEntryFactory.Create(log, IdOf(log, line, serverTimestamp), projectId, environment, serverTimestamp, apiKeyId: null);
        }

        public async Task StoreAsync(List<LogEntry> batch, CancellationToken cancellationToken)
        {
            if (_batchFailed)
            {
                _failedBatches++;
                _batchFailed = false;
                return;
            }

            if (batch.Count == 0)
            {
                return;
            }

            var entries = batch.ToArray();
            var newDays = entries.Select(entry => DateOnly.FromDateTime(entry.ServerTimestamp.UtcDateTime)).Where(_preparedDays.Add).ToArray();
            await logs.PreparePartitionsAsync(newDays, cancellationToken);
            await using var transaction = await transactions.BeginAsync(cancellationToken);
            var stored = await logs.ImportAsync(transaction, entries, cancellationToken);
            if (stored > 0)
            {
                // Imported logs land in time splits that may be closed and cached: their counts are no longer the rows'.
                await aggregateCache.InvalidateAsync(transaction, projectId, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            _imported += stored;
            _duplicates += entries.Length - stored;
            catalog.Record(entries);
        }

        public ImportReport Report() => new(_imported, _duplicates, _expired, _failedBatches, _listed);

        private static ParsedLog? Parse(ImportLine line, List<FieldError> errors)
        {
            if (!Utf8.IsValid(line.Text.Span))
            {
                errors.Add(new FieldError("", "The line is not valid UTF-8."));
                return null;
            }

            try
            {
                return LogParser.Parse(line.Text.Span);
            }
            catch (JsonException exception)
            {
                errors.Add(new FieldError("", $"The line is not valid JSON (byte {exception.BytePositionInLine})."));
                return null;
            }
        }

        /// <summary>
        /// The line's own id when it is a UUIDv7 of its server timestamp's millisecond; otherwise one derived from the
        /// project, the environment and the line's bytes, so that importing the same file again finds the same ids.
        /// </summary>
        private Guid IdOf(ParsedLog log, ImportLine line, DateTimeOffset serverTimestamp)
        {
            if (Guid.TryParse(log.Id, out var id) && LogIds.TimestampOf(id) is { } stamped
                && stamped.ToUnixTimeMilliseconds() == serverTimestamp.ToUnixTimeMilliseconds())
            {
                return id;
            }

            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            hash.AppendData(_scope);
            hash.AppendData(line.Text.Span);
            return LogIds.Derived(serverTimestamp, hash.GetHashAndReset());
        }
    }
}
