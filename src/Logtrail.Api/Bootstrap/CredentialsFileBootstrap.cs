using System.Text.Json;
using Logtrail.Application.Bootstrap;
using Microsoft.Extensions.Options;

namespace Logtrail.Api.Bootstrap;

/// <summary>
/// First-start bootstrap (SPEC §9): creates the demo workspace and writes <c>credentials.json</c> with mode 600.
/// Later starts find the file and do nothing. Secrets go to that file only, never to the log.
/// </summary>
public sealed class CredentialsFileBootstrap(
    DemoWorkspaceBootstrapper bootstrapper, IOptions<BootstrapOptions> options, ILogger<CredentialsFileBootstrap> logger)
{
    private static readonly JsonSerializerOptions FileFormat = new() { WriteIndented = true };

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrEmpty(settings.CredentialsFile))
        {
            return;
        }

        if (File.Exists(settings.CredentialsFile))
        {
            logger.LogInformation("Credentials file exists; skipping the demo bootstrap");
            return;
        }

        var credentials = await bootstrapper.CreateAsync(settings.PlanCode, cancellationToken);
        var document = new Dictionary<string, object>
        {
            ["base_url"] = settings.BaseUrl,
            ["admin_token"] = credentials.AdminToken,
            ["organization_id"] = credentials.OrganizationId,
            ["project_id"] = credentials.ProjectId,
            ["keys"] = credentials.Keys,
        };

        var temporary = settings.CredentialsFile + ".tmp";
        var fileOptions = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var stream = new FileStream(temporary, fileOptions))
        {
            await JsonSerializer.SerializeAsync(stream, document, FileFormat, cancellationToken);
        }

        File.Move(temporary, settings.CredentialsFile);
        logger.LogInformation("Demo workspace {ProjectId} created; credentials written to {CredentialsFile}",
            credentials.ProjectId, settings.CredentialsFile);
    }
}
