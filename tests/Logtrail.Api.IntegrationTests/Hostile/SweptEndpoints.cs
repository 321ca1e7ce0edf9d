namespace Logtrail.Api.IntegrationTests.Hostile;

/// <summary>Every data and admin endpoint, for <see cref="HostileInputSweepTests"/>. Add a line for each new endpoint.</summary>
public static class SweptEndpoints
{
    private const string Log = """{"action":"user.login","level":"info","clientTimestamp":"2026-11-23T10:00:00Z","message":"hi","tags":["a"],"actor":{"id":"u1"},"metadata":{"n":1}}""";
    private static readonly string[] LogFields = ["action", "level", "clientTimestamp", "message", "tags", "actor", "target", "context", "metadata", "environment", "is_public"];
    private static readonly string[] WindowParameters = ["from", "to", "pageSize", "cursorID", "cursorTS"];

    public static IEnumerable<SweptEndpoint> All =>
    [
        new("GET", "/api/v1/workspace/info", IsAdmin: false),
        new("GET", "/api/v1/workspace/usage", IsAdmin: false),
        new("POST", "/api/v1/workspace/logs", IsAdmin: false, Log, LogFields),
        new("POST", "/api/v1/workspace/logs/bulk", IsAdmin: false, $"[{Log}]"),
        new("POST", "/api/v1/workspace/logs/validate", IsAdmin: false, Log, LogFields),
        new("GET", "/api/v1/workspace/logs", IsAdmin: false, QueryParameters: [.. WindowParameters, "action", "message", "environments", "levels", "tags"]),
        new("POST", "/api/v1/workspace/logs/query", IsAdmin: false, """{"query":"level=info","pageSize":10}""", ["from", "to", "action", "query", "cursorID", "cursorTS", "pageSize"]),
        new("POST", "/api/v1/workspace/logs/aggregate", IsAdmin: false, """{"query":"level=info","group_by":["level"]}""", ["query", "from", "to", "group_by", "interval"]),
        new("GET", "/api/v1/workspace/logs/{log}", IsAdmin: false),
        new("GET", "/api/v1/workspace/activity", IsAdmin: false, QueryParameters: [.. WindowParameters, "actor_id", "target_id", "action"]),
        new("GET", "/api/v1/workspace/logs/export", IsAdmin: false, QueryParameters: ["format", "query", "from", "to"]),
        new("POST", "/api/v1/workspace/activity/tokens", IsAdmin: false, """{"actor_id":"u1","ttl_seconds":900}""", ["actor_id", "target_id", "ttl_seconds"]),
        new("POST", "/api/v1/admin/organizations", IsAdmin: true, """{"name":"Acme"}""", ["name"]),
        new("GET", "/api/v1/admin/organizations", IsAdmin: true),
        new("POST", "/api/v1/admin/projects", IsAdmin: true, """{"organization_id":"00000000-0000-0000-0000-000000000000","name":"p","plan_code":"pro"}""", ["organization_id", "name", "plan_code"]),
        new("GET", "/api/v1/admin/projects", IsAdmin: true, QueryParameters: ["organization_id"]),
        new("GET", "/api/v1/admin/projects/{project}", IsAdmin: true),
        new("PATCH", "/api/v1/admin/projects/{project}", IsAdmin: true, """{"name":"renamed"}""", ["name", "plan_code"]),
        new("GET", "/api/v1/admin/projects/{project}/usage", IsAdmin: true),
        new("POST", "/api/v1/admin/projects/{project}/logs/import", IsAdmin: true, Log, QueryParameters: ["environment"]),
        new("DELETE", "/api/v1/admin/projects/{project}", IsAdmin: true),
        new("DELETE", "/api/v1/admin/projects/{project}/logs", IsAdmin: true, QueryParameters: ["environment", "actor_id"]),
        new("POST", "/api/v1/admin/projects/{project}/keys", IsAdmin: true, """{"name":"k","environment":"production","type":"rw"}""", ["name", "environment", "type", "expires_at"]),
        new("GET", "/api/v1/admin/projects/{project}/keys", IsAdmin: true, QueryParameters: ["environment", "include_revoked"]),
        new("POST", "/api/v1/admin/keys/{key}/rotate", IsAdmin: true, """{"grace_period_seconds":0}""", ["grace_period_seconds", "expires_at"]),
        new("POST", "/api/v1/admin/keys/{key}/revoke", IsAdmin: true),
        new("GET", "/api/v1/admin/keys/{key}/activity", IsAdmin: true, QueryParameters: WindowParameters),
        new("DELETE", "/api/v1/admin/keys/{key}/logs", IsAdmin: true, QueryParameters: ["from", "to"]),
        new("GET", "/api/v1/admin/projects/{project}/actions", IsAdmin: true, QueryParameters: ["environment"]),
        new("PUT", "/api/v1/admin/projects/{project}/actions/{action}", IsAdmin: true, """{"is_public":true,"template":"{actor.id} did it","description":"d"}""", ["is_public", "template", "description"]),
        new("DELETE", "/api/v1/admin/projects/{project}/actions/{action}", IsAdmin: true),
        new("POST", "/api/v1/admin/projects/{project}/actions/{action}/preview", IsAdmin: true, """{"environment":"production","limit":10}""", ["template", "environment", "limit"]),
        new("PUT", "/api/v1/admin/projects/{project}/cors-origins", IsAdmin: true, """{"origins":["https://app.example.com"]}""", ["origins"]),
        new("GET", "/api/v1/admin/projects/{project}/cors-origins", IsAdmin: true),
        new("GET", "/api/v1/admin/audit", IsAdmin: true, QueryParameters: WindowParameters),
        new("POST", "/api/v1/admin/tokens", IsAdmin: true, """{"name":"ci"}""", ["name", "expires_at"]),
        new("GET", "/api/v1/admin/tokens", IsAdmin: true),
        new("POST", "/api/v1/admin/tokens/{token}/rotate", IsAdmin: true, """{"grace_period_seconds":0}""", ["grace_period_seconds"]),
        new("POST", "/api/v1/admin/tokens/{token}/revoke", IsAdmin: true),
    ];
}
