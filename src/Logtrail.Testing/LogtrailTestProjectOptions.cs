namespace Logtrail.Testing;

/// <summary>Where and how <see cref="LogtrailTestProject"/> makes its throw-away project.</summary>
public sealed class LogtrailTestProjectOptions
{
    /// <summary>The environment variable <see cref="AdminToken"/> falls back to.</summary>
    public const string AdminTokenVariable = "LOGTRAIL_ADMIN_TOKEN";

    /// <summary>The service's root URL; falls back to <c>LOGTRAIL_BASE_URL</c>.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>An admin token (<c>lt_admin_…</c>); falls back to <c>LOGTRAIL_ADMIN_TOKEN</c>.</summary>
    public string? AdminToken { get; set; }

    /// <summary>The organization to create the project in; a new one (named after the project) when null.</summary>
    public Guid? OrganizationId { get; set; }

    /// <summary>The project's name. Default: <c>test-</c> and a unique suffix.</summary>
    public string ProjectName { get; set; } = $"test-{Guid.NewGuid():N}";

    /// <summary>The project's plan. Default <c>enterprise</c>, so that plan limits do not get in a test's way.</summary>
    public string PlanCode { get; set; } = "enterprise";

    /// <summary>The environment of the project's first key (read-write). Default <c>development</c>.</summary>
    public string Environment { get; set; } = "development";

    /// <summary>A handler to send every request through instead of the network (e.g. an in-memory test server's).</summary>
    public HttpMessageHandler? Handler { get; set; }
}
