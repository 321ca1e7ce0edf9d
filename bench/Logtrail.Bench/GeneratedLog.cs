using System.Text.Json;

namespace Logtrail.Bench;

/// <summary>A realistic log (~350 bytes of JSON): the request body the API gets and the row values raw SQL writes.</summary>
public sealed record GeneratedLog(
    string Action, short Level, string LevelName, string Message, string[] Tags, string Actor, string Context, string Metadata, string Json)
{
    private static readonly string[] Actions = ["user.login", "user.logout", "order.created", "order.paid", "invoice.sent", "team.invited", "api.request"];
    private static readonly string[] LevelNames = ["trace", "debug", "info", "warn", "error", "fatal"];
    private static readonly string[] Words = ["payment", "accepted", "timeout", "retry", "customer", "session", "expired", "upstream", "queue", "synced"];

    public static GeneratedLog Create(Random random)
    {
        var action = Actions[random.Next(Actions.Length)];
        var level = (short)Math.Min(5, random.Next(8) switch { < 4 => 2, 4 => 3, 5 => 4, 6 => 1, _ => random.Next(6) });
        var message = string.Join(' ', Enumerable.Range(0, 6).Select(_ => Words[random.Next(Words.Length)]));
        var tags = Enumerable.Range(0, random.Next(4)).Select(i => $"tag{random.Next(20)}").Distinct().ToArray();
        var user = random.Next(50_000);
        var actor = JsonSerializer.Serialize(new { id = $"user_{user}", name = $"User {user}", email = $"user{user}@example.com" });
        var context = JsonSerializer.Serialize(new { ip = $"10.0.{random.Next(256)}.{random.Next(256)}", request_id = Guid.NewGuid() });
        var metadata = JsonSerializer.Serialize(new { duration_ms = random.Next(2_000), status_code = random.Next(10) == 0 ? 500 : 200 });
        var json = JsonSerializer.Serialize(new
        {
            action,
            level = LevelNames[level],
            clientTimestamp = DateTimeOffset.UtcNow.ToString("O"),
            message,
            tags,
            actor = JsonDocument.Parse(actor).RootElement,
            context = JsonDocument.Parse(context).RootElement,
            metadata = JsonDocument.Parse(metadata).RootElement,
        });
        return new GeneratedLog(action, level, LevelNames[level], message, tags, actor, context, metadata, json);
    }

    public static GeneratedLog[] Many(int count, int seed = 42)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => Create(random)).ToArray();
    }
}
