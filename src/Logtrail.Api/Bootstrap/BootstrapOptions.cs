namespace Logtrail.Api.Bootstrap;

/// <summary>
/// Section <c>Logtrail:Bootstrap</c>. When <see cref="CredentialsFile"/> is set and the file does not exist yet,
/// the service creates a demo workspace on start and writes its credentials there (what <c>./run.sh</c> does).
/// </summary>
public sealed class BootstrapOptions
{
    public const string SectionName = "Logtrail:Bootstrap";

    public string? CredentialsFile { get; set; }

    public string PlanCode { get; set; } = "pro";

    public string BaseUrl { get; set; } = "http://127.0.0.1:5080";
}
