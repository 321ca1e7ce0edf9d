using System.Net.Http.Json;
using Logtrail.Domain.Common;
using Npgsql;

namespace Logtrail.Bench;

/// <summary>
/// A fixed set of LCQL queries through <c>POST /logs/query</c>, each next to the SQL it stands for run directly
/// (the same predicates, order and limit), over the largest project's logs.
/// </summary>
public sealed class LcqlBenchmarks(BenchSettings settings, BenchWorkspace workspace)
{
    private const string Scope = "project_id = @project AND environment = 'production'";
    private const string Order = "ORDER BY server_timestamp DESC, id DESC LIMIT 51";
    private const string Document = "to_tsvector('simple', regexp_replace(action || ' ' || coalesce(message, ''), '[[:punct:]]+', ' ', 'g'))";

    /// <summary>How a word of a full-text match narrows the rows through the trigram indexes first.</summary>
    private static string Narrowed(string word) => $"(action ILIKE '%{word}%' OR message ILIKE '%{word}%')";

    /// <summary>The LCQL classes we measure, each with the SQL it stands for (the same predicates, order and limit).</summary>
    public static IReadOnlyList<(string Name, string Lcql, string Sql)> Queries { get; } =
    [
        ("exact facet", "level=error", $"SELECT * FROM logs WHERE {Scope} AND level = 4 {Order}"),
        ("OR group", "level=warn,fatal", $"SELECT * FROM logs WHERE {Scope} AND (level = 3 OR level = 5) {Order}"),
        ("trigram partial", "action~\"invoice\"", $"SELECT * FROM logs WHERE {Scope} AND action ILIKE '%invoice%' {Order}"),
        ("trigram partial message", "message~\"timeout\"", $"SELECT * FROM logs WHERE {Scope} AND message ILIKE '%timeout%' {Order}"),
        ("full-text phrase", "message@\"payment accepted\"", $"SELECT * FROM logs WHERE {Scope} AND {Narrowed("payment")} AND {Narrowed("accepted")} AND {Document} @@ phraseto_tsquery('simple', 'payment accepted') {Order}"),
        ("bare word", "upstream", $"SELECT * FROM logs WHERE {Scope} AND {Narrowed("upstream")} AND {Document} @@ plainto_tsquery('simple', 'upstream') {Order}"),
        ("JSONB path", "metadata.status_code=500",
            $$"""SELECT * FROM logs WHERE {{Scope}} AND (metadata @> '{"status_code":"500"}' OR metadata @> '{"status_code":500}') {{Order}}"""),
        ("rare JSONB value", "actor.id=\"user_4242\"", $$"""SELECT * FROM logs WHERE {{Scope}} AND actor @> '{"id":"user_4242"}' {{Order}}"""),
        ("JSONB numeric range", "metadata.duration_ms>1500",
            $"SELECT * FROM logs WHERE {Scope} AND jsonb_typeof(metadata #> '{{duration_ms}}') = 'number' AND (metadata #> '{{duration_ms}}')::numeric > 1500 {Order}"),
        ("time range", "timestamp>=@from timestamp<@to", $"SELECT * FROM logs WHERE {Scope} AND server_timestamp >= @from AND server_timestamp < @to {Order}"),
        ("client time range", "client_timestamp>=@from client_timestamp<@to",
            $"SELECT * FROM logs WHERE {Scope} AND client_timestamp >= @from AND client_timestamp < @to {Order}"),
        ("level range", "level>=error", $"SELECT * FROM logs WHERE {Scope} AND level >= 4 {Order}"),
        ("boolean", "(level=error OR tag=critical) NOT action~\"health\"",
            $"SELECT * FROM logs WHERE {Scope} AND (level = 4 OR 'critical' = ANY(tags)) AND NOT COALESCE(action ILIKE '%health%', false) {Order}"),
        ("matches nothing", "actor.id=\"user_nobody\"", $$"""SELECT * FROM logs WHERE {{Scope}} AND actor @> '{"id":"user_nobody"}' {{Order}}"""),
    ];

    /// <summary>The LCQL text of a class, its time-range placeholders replaced by <paramref name="window"/>.</summary>
    public static string Text(string lcql, (DateTimeOffset From, DateTimeOffset To) window) =>
        lcql.Replace("@from", Rfc3339.Format(window.From), StringComparison.Ordinal).Replace("@to", Rfc3339.Format(window.To), StringComparison.Ordinal);

    public async Task<(DateTimeOffset From, DateTimeOffset To)> MiddleHourAsync()
    {
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT min(server_timestamp), max(server_timestamp) FROM logs WHERE {Scope}", connection);
        command.Parameters.AddWithValue("project", workspace.ProjectId);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var first = reader.GetFieldValue<DateTimeOffset>(0);
        var last = reader.GetFieldValue<DateTimeOffset>(1);
        var middle = first + (last - first) / 2;
        return (middle, middle + (last - first) / 10);
    }

    public async Task<Measurement> ApiAsync(string name, string lcql, Action<double> progress)
    {
        using var client = workspace.CreateClient(settings, 1);
        return await TimeAsync($"LCQL {name}", async () =>
        {
            using var response = await client.PostAsJsonAsync("/api/v1/workspace/logs/query", new { query = lcql, pageSize = 50 });
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
        }, progress);
    }

    public async Task<Measurement> SqlAsync(string name, string sql, (DateTimeOffset From, DateTimeOffset To) window, Action<double> progress)
    {
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        return await TimeAsync($"SQL {name}", async () =>
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("project", workspace.ProjectId);
            command.Parameters.AddWithValue("from", window.From);
            command.Parameters.AddWithValue("to", window.To);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
            }
        }, progress);
    }

    private Task<Measurement> TimeAsync(string name, Func<Task> run, Action<double> progress) =>
        Measurement.LatencyOfAsync(name, 10, settings.ReadSamples, _ => run(), progress);
}
