using Microsoft.Extensions.FileProviders;

namespace Logtrail.Api.Console;

public static class ConsoleApplicationBuilderExtensions
{
    /// <summary>Where the console's style sheet and script are served from: files embedded in this assembly.</summary>
    public const string AssetsPath = "/console/assets";

    /// <summary>
    /// For requests under <c>/console</c>: the security headers (a CSP without inline script, no framing, no
    /// referrer) and the static assets. The pages themselves are mapped with the other endpoints.
    /// </summary>
    public static IApplicationBuilder UseLogtrailConsole(this IApplicationBuilder app) =>
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(ConsoleSession.PathBase),
            console => console
                .UseSecurityHeaders(ConsoleSecurityHeaders.Policies())
                .UseStaticFiles(new StaticFileOptions
                {
                    RequestPath = AssetsPath,
                    FileProvider = new EmbeddedFileProvider(typeof(ConsoleApplicationBuilderExtensions).Assembly, "Logtrail.Api.Console.Assets"),
                }));
}
