using AutoMapper;
using Dapper;
using Logtrail.Application.Logs;
using Logtrail.Domain.Logs;
using Logtrail.Domain.Tenancy;
using Npgsql;

namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// Reads logs within one project and environment, newest first. The WHERE clause comes from <see cref="LogFilterSql"/>.
/// </summary>
public sealed class LogReader(NpgsqlDataSource dataSource, IMapper mapper) : ILogReader
{
    public async Task<LogEntry?> FindAsync(
        Guid projectId, DeploymentEnvironment environment, Guid id, DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        if (LogIds.TimestampOf(id) is not { } stamped)
        {
            return null;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<LogRow>(new CommandDefinition(
            $"SELECT {LogFilterSql.Columns} FROM logs WHERE {LogFilterSql.Tenant} AND id = @Id AND server_timestamp >= @StampedFrom AND server_timestamp < @StampedTo",
            new
            {
                ProjectId = projectId,
                Environment = environment.ToWireName(),
                NotBefore = notBefore,
                Id = id,
                StampedFrom = stamped,
                StampedTo = stamped.AddMilliseconds(1),
            },
            cancellationToken: cancellationToken));
        return row is null ? null : mapper.Map<LogEntry>(row);
    }

    public async Task<IReadOnlyList<LogEntry>> ListAsync(LogFilter filter, CancellationToken cancellationToken)
    {
        var (where, parameters) = LogFilterSql.Where(filter);
        parameters.Add("Limit", filter.Limit);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<LogRow>(new CommandDefinition(
            $"SELECT {LogFilterSql.Columns} FROM logs WHERE {where} ORDER BY server_timestamp DESC, id DESC LIMIT @Limit",
            parameters,
            cancellationToken: cancellationToken));
        return mapper.Map<IReadOnlyList<LogEntry>>(rows);
    }
}
