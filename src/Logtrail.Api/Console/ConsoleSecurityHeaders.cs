namespace Logtrail.Api.Console;

/// <summary>
/// The console's response headers: everything from this origin only, no inline script or style, no framing, no
/// referrer, no sniffing, and no caching of pages (a page can hold a key shown once, or an operator's data).
/// </summary>
public static class ConsoleSecurityHeaders
{
    public static HeaderPolicyCollection Policies() => new HeaderPolicyCollection()
        .AddFrameOptionsDeny()
        .AddContentTypeOptionsNoSniff()
        .AddReferrerPolicyNoReferrer()
        .AddCrossOriginOpenerPolicy(policy => policy.SameOrigin())
        .AddPermissionsPolicyWithDefaultSecureDirectives()
        .AddCustomHeader("Cache-Control", "no-store")
        .AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().None();
            csp.AddScriptSrc().Self();
            csp.AddStyleSrc().Self();
            csp.AddImgSrc().Self();
            csp.AddConnectSrc().Self();
            csp.AddFormAction().Self();
            csp.AddBaseUri().None();
            csp.AddObjectSrc().None();
            csp.AddFrameAncestors().None();
        });
}
