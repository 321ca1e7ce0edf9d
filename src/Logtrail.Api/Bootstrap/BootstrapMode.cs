namespace Logtrail.Api.Bootstrap;

/// <summary>What the service creates when it starts (<c>Logtrail:Bootstrap:Mode</c>).</summary>
public enum BootstrapMode
{
    /// <summary>Nothing: operators create admin tokens with the recovery command or an existing token.</summary>
    None,

    /// <summary>On the first start (no credentials file yet): a demo organization, project, admin token and keys (what <c>./run.sh</c> sets).</summary>
    Demo,

    /// <summary>A first admin token whenever no active admin token exists, written to the credentials file.</summary>
    Admin,
}
