namespace Logtrail.Api.IntegrationTests.Support;

/// <summary>Puts a project's usage where a test needs it, as if that many logs had been acknowledged earlier today.</summary>
public static class UsageCounters
{
    public static async Task SeedAsync(Guid projectId, long count, DateTimeOffset day, string environment = "production")
    {
        await using var connection = await TestDatabase.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "INSERT INTO usage_counters (project_id, environment, day, stripe, ingested) VALUES ($1, $2::environment_name, $3, 99, $4)";
        command.Parameters.AddWithValue(projectId);
        command.Parameters.AddWithValue(environment);
        command.Parameters.AddWithValue(DateOnly.FromDateTime(day.UtcDateTime));
        command.Parameters.AddWithValue(count);
        await command.ExecuteNonQueryAsync();
    }
}
