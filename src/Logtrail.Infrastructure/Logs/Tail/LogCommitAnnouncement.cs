using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Logtrail.Domain.Logs;
using Logtrail.Domain.Tenancy;
using Logtrail.Infrastructure.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace Logtrail.Infrastructure.Logs.Tail;

/// <summary>
/// Announces a write of logs to every instance's live tails: inside the writing transaction, one NOTIFY per project
/// and environment in the batch (PostgreSQL delivers it at commit, in commit order, and never for a rolled-back
/// transaction). The payload names the tenant, the batch's server-timestamp range and the writing transaction's id,
/// so a listener fetches exactly that transaction's rows with one indexed query — the ids never travel.
/// </summary>
public readonly record struct LogCommitAnnouncement(Guid ProjectId, DeploymentEnvironment Environment, DateTimeOffset From, DateTimeOffset Through, string TransactionId)
{
    public const string Channel = "logtrail_log_commits";

    private const string Notify = "SELECT pg_notify($1, prefix || pg_current_xact_id()::text) FROM unnest($2) AS prefix";

    /// <summary>Queues the batch's announcements in <paramref name="transaction"/>, to go with its commit.</summary>
    public static void Announce(WriteTransaction transaction, IReadOnlyList<LogEntry> entries)
    {
        var prefixes = entries
            .GroupBy(entry => (entry.ProjectId, entry.Environment))
            .Select(group => string.Join(
                ':',
                group.Key.ProjectId.ToString("N"),
                group.Key.Environment.ToWireName(),
                Microseconds(group.Min(entry => entry.ServerTimestamp)),
                Microseconds(group.Max(entry => entry.ServerTimestamp)),
                ""))
            .ToArray();
        transaction.Queue(new NpgsqlBatchCommand(Notify)
        {
            Parameters =
            {
                new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Text, TypedValue = Channel },
                new NpgsqlParameter<string[]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, TypedValue = prefixes },
            },
        });
    }

    public static bool TryParse(string payload, [NotNullWhen(true)] out LogCommitAnnouncement? announcement)
    {
        announcement = null;
        var parts = payload.Split(':');
        if (parts.Length != 5
            || !Guid.TryParseExact(parts[0], "N", out var projectId)
            || !DeploymentEnvironments.TryParse(parts[1], out var environment)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
            || !long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var through)
            || !ulong.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var transaction))
        {
            return false;
        }

        announcement = new LogCommitAnnouncement(
            projectId, environment.Value, FromMicroseconds(from), FromMicroseconds(through), (transaction % (1UL << 32)).ToString(CultureInfo.InvariantCulture));
        return true;
    }

    private static string Microseconds(DateTimeOffset instant) => ((instant - DateTimeOffset.UnixEpoch).Ticks / 10).ToString(CultureInfo.InvariantCulture);

    private static DateTimeOffset FromMicroseconds(long microseconds) => DateTimeOffset.UnixEpoch.AddTicks(microseconds * 10);
}
