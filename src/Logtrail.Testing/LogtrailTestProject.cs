using Logtrail.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Logtrail.Testing;

/// <summary>
/// A throw-away Logtrail project for one test run: created through the admin API with a read-write key, and deleted
/// — keys, logs and every other row of it — when disposed.
/// <code>
/// await using var logtrail = await LogtrailTestProject.CreateAsync(new() { BaseUrl = url, AdminToken = token });
/// // run the app under test with logtrail.ApiKey …
/// await logtrail.Logs.WaitForAsync("action=user.login actor.id=u1", TimeSpan.FromSeconds(30));
/// </code>
/// </summary>
public sealed class LogtrailTestProject : IAsyncDisposable
{
    private readonly AdminApi _admin;
    private readonly ServiceProvider _services;

    private LogtrailTestProject(AdminApi admin, Guid organizationId, Guid projectId, string apiKey, LogtrailClientOptions clientOptions, HttpMessageHandler? handler)
    {
        _admin = admin;
        OrganizationId = organizationId;
        ProjectId = projectId;
        ApiKey = apiKey;
        BaseUrl = clientOptions.BaseUrl!;
        var services = new ServiceCollection();
        var client = services.AddLogtrail(options =>
        {
            options.ApiKey = apiKey;
            options.BaseUrl = clientOptions.BaseUrl;
        });
        if (handler is not null)
        {
            client.ConfigurePrimaryHttpMessageHandler(() => new LentHandler(handler));
        }

        _services = services.BuildServiceProvider();
        Client = _services.GetRequiredService<LogtrailClient>();
        Logs = new LogAssertions(Client);
    }

    /// <summary>The organization the project belongs to.</summary>
    public Guid OrganizationId { get; }

    /// <summary>The throw-away project.</summary>
    public Guid ProjectId { get; }

    /// <summary>Its read-write key, in the environment the options named: give it to the app under test.</summary>
    public string ApiKey { get; }

    /// <summary>The service's root URL.</summary>
    public Uri BaseUrl { get; }

    /// <summary>A client on <see cref="ApiKey"/>.</summary>
    public LogtrailClient Client { get; }

    /// <summary>Waits for and finds the logs the app under test wrote.</summary>
    public LogAssertions Logs { get; }

    /// <summary>Creates the organization (unless one is named), the project and its key.</summary>
    public static async Task<LogtrailTestProject> CreateAsync(LogtrailTestProjectOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = new LogtrailClientOptions { BaseUrl = options.BaseUrl }.WithEnvironmentDefaults();
        var baseUrl = clientOptions.BaseUrl
            ?? throw new InvalidOperationException($"Give {nameof(options.BaseUrl)} or set {LogtrailClientOptions.BaseUrlVariable}.");
        var token = options.AdminToken ?? System.Environment.GetEnvironmentVariable(LogtrailTestProjectOptions.AdminTokenVariable)
            ?? throw new InvalidOperationException($"Give {nameof(options.AdminToken)} or set {LogtrailTestProjectOptions.AdminTokenVariable}.");
        var admin = AdminApi.Create(baseUrl, token, options.Handler);
        var organizationId = options.OrganizationId
            ?? await admin.CreateOrganizationAsync(options.ProjectName, cancellationToken).ConfigureAwait(false);
        var projectId = await admin.CreateProjectAsync(organizationId, options.ProjectName, options.PlanCode, cancellationToken).ConfigureAwait(false);
        var apiKey = await admin.CreateKeyAsync(projectId, options.Environment, "rw", cancellationToken).ConfigureAwait(false);
        return new LogtrailTestProject(admin, organizationId, projectId, apiKey, clientOptions, options.Handler);
    }

    /// <summary>Another key of the project (<paramref name="type"/>: <c>ro</c>, <c>wo</c> or <c>rw</c>).</summary>
    public Task<string> CreateKeyAsync(string environment, string type, CancellationToken cancellationToken = default) =>
        _admin.CreateKeyAsync(ProjectId, environment, type, cancellationToken);

    /// <summary>Deletes the project with its keys and all its data.</summary>
    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync().ConfigureAwait(false);
        await _admin.DeleteProjectAsync(ProjectId, CancellationToken.None).ConfigureAwait(false);
        _admin.Dispose();
    }

    /// <summary>Lends a caller's handler to the client's pipeline without letting the pipeline dispose it.</summary>
    private sealed class LentHandler(HttpMessageHandler inner) : HttpMessageHandler
    {
        private readonly HttpMessageInvoker _invoker = new(inner, disposeHandler: false);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            _invoker.SendAsync(request, cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _invoker.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
