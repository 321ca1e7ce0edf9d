namespace Logtrail.Api.IntegrationTests.Hostile;

/// <summary>
/// One endpoint of the hostile-input sweep: how to call it validly, which query parameters and body fields it reads.
/// A new endpoint joins the sweep with one line in <see cref="SweptEndpoints.All"/>. Paths may name
/// <c>{project}</c>, <c>{key}</c>, <c>{log}</c> and <c>{action}</c>, filled from the sweep's workspace.
/// </summary>
/// <param name="ValidBody">A body the endpoint accepts (JSON text), or null when it takes none.</param>
/// <param name="BodyFields">Top-level body fields to replace with hostile values, one at a time.</param>
/// <param name="QueryParameters">Query parameters to fill with hostile values, one at a time.</param>
public sealed record SweptEndpoint(
    string Method,
    string Path,
    bool IsAdmin,
    string? ValidBody = null,
    string[]? BodyFields = null,
    string[]? QueryParameters = null)
{
    public string[] Fields => BodyFields ?? [];

    public string[] Parameters => QueryParameters ?? [];

    public override string ToString() => $"{Method} {Path}";
}
