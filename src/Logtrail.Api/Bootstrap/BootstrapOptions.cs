namespace Logtrail.Api.Bootstrap;

/// <summary>
/// Section <c>Logtrail:Bootstrap</c>: the start mode and, for <see cref="BootstrapMode.Demo"/> and
/// <see cref="BootstrapMode.Admin"/>, the file (mode 600) the created secrets are written to.
/// </summary>
public sealed class BootstrapOptions
{
    public const string SectionName = "Logtrail:Bootstrap";

    public BootstrapMode Mode { get; set; } = BootstrapMode.None;

    public string? CredentialsFile { get; set; }

    public string PlanCode { get; set; } = "pro";

    public string BaseUrl { get; set; } = "http://127.0.0.1:5080";

    public bool HasCredentialsFileWhenNeeded => Mode == BootstrapMode.None || !string.IsNullOrEmpty(CredentialsFile);
}
