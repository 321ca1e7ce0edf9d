using Dapper;
using Logtrail.Domain.Tenancy;
using Logtrail.Application.Common.Faults;
using Logtrail.Infrastructure.Background;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Logtrail.Infrastructure.Activity;

/// <summary>Adds the recorded action tallies to <c>action_catalog</c> every <see cref="ActivityOptions.FlushInterval"/>.</summary>
public sealed class ActionCatalogFlusher(
    ActionCatalogRecorder recorder, NpgsqlDataSource dataSource, IOptions<ActivityOptions> options, IDatabaseFaults faults, ILogger<ActionCatalogFlusher> logger)
    : PeriodicFlusher(faults, logger)
{
    protected override TimeSpan Interval => options.Value.FlushInterval;

    protected override string What => "the action catalog";

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        var tallies = recorder.Pending.Drain();
        if (tallies.Count == 0)
        {
            return;
        }

        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO action_catalog (project_id, environment, action, log_count, first_seen, last_seen)
                SELECT project_id, environment, action, log_count, first_seen, last_seen
                FROM unnest(@projectIds, @environments, @actions, @counts, @firstSeen, @lastSeen)
                     AS t(project_id, environment, action, log_count, first_seen, last_seen)
                ON CONFLICT (project_id, environment, action) DO UPDATE SET
                    log_count = action_catalog.log_count + EXCLUDED.log_count,
                    first_seen = LEAST(action_catalog.first_seen, EXCLUDED.first_seen),
                    last_seen = GREATEST(action_catalog.last_seen, EXCLUDED.last_seen)
                """,
                new
                {
                    projectIds = tallies.Keys.Select(slot => slot.ProjectId).ToArray(),
                    environments = tallies.Keys.Select(slot => slot.Environment.ToWireName()).ToArray(),
                    actions = tallies.Keys.Select(slot => slot.Action).ToArray(),
                    counts = tallies.Values.Select(tally => tally.Count).ToArray(),
                    firstSeen = tallies.Values.Select(tally => tally.FirstSeen).ToArray(),
                    lastSeen = tallies.Values.Select(tally => tally.LastSeen).ToArray(),
                },
                cancellationToken: cancellationToken));
        }
        catch
        {
            recorder.Pending.Restore(tallies);
            throw;
        }
    }
}
