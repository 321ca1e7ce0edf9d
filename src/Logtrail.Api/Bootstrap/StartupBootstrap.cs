using Logtrail.Application.Audit;
using Logtrail.Application.Bootstrap;
using Logtrail.Application.Common.Security;
using Microsoft.Extensions.Options;

namespace Logtrail.Api.Bootstrap;

/// <summary>
/// Runs the configured start mode once the database is migrated. <c>demo</c>: on the first start (no credentials file)
/// the demo workspace, written to <c>credentials.json</c>. <c>admin</c>: a first admin token when no active one exists,
/// written to the credentials file. <c>none</c>: nothing. Secrets go to that file only (mode 600), never to the log.
/// </summary>
public sealed class StartupBootstrap(
    DemoWorkspaceBootstrapper demo,
    FirstAdminTokenBootstrapper firstToken,
    LocalOperator local,
    IOptions<BootstrapOptions> options,
    ILogger<StartupBootstrap> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        local.Actor = AdminActor.Bootstrap;
        switch (settings.Mode)
        {
            case BootstrapMode.Demo:
                await CreateDemoWorkspaceAsync(settings, cancellationToken);
                break;
            case BootstrapMode.Admin:
                await CreateFirstAdminTokenAsync(settings, cancellationToken);
                break;
        }
    }

    private async Task CreateDemoWorkspaceAsync(BootstrapOptions settings, CancellationToken cancellationToken)
    {
        if (File.Exists(settings.CredentialsFile))
        {
            logger.LogInformation("Credentials file exists; skipping the demo bootstrap");
            return;
        }

        var credentials = await demo.CreateAsync(settings.PlanCode, cancellationToken);
        await PrivateFile.WriteJsonAsync(
            settings.CredentialsFile!,
            new Dictionary<string, object>
            {
                ["base_url"] = settings.BaseUrl,
                ["admin_token"] = credentials.AdminToken,
                ["organization_id"] = credentials.OrganizationId,
                ["project_id"] = credentials.ProjectId,
                ["keys"] = credentials.Keys,
            },
            cancellationToken);
        logger.LogInformation("Demo workspace {ProjectId} created; credentials written to {CredentialsFile}",
            credentials.ProjectId, settings.CredentialsFile);
    }

    private async Task CreateFirstAdminTokenAsync(BootstrapOptions settings, CancellationToken cancellationToken)
    {
        if (await firstToken.CreateIfNoneActiveAsync(cancellationToken) is not { } issued)
        {
            logger.LogInformation("An active admin token exists; no first admin token created");
            return;
        }

        await PrivateFile.WriteJsonAsync(
            settings.CredentialsFile!,
            new Dictionary<string, object>
            {
                ["base_url"] = settings.BaseUrl,
                ["admin_token"] = issued.PlainText,
                ["admin_token_id"] = issued.Token.Id,
            },
            cancellationToken);
        logger.LogInformation("First admin token {TokenId} created; written to {CredentialsFile}", issued.Token.Id, settings.CredentialsFile);
    }
}
