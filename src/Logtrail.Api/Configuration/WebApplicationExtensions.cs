using Logtrail.Api.Bootstrap;
using Logtrail.Api.Console;
using Logtrail.Api.Cors;
using Logtrail.Api.Errors;
using Logtrail.Api.Health;
using Logtrail.Api.Http;
using Logtrail.Api.OpenApi;
using Logtrail.Api.RateLimiting;
using Logtrail.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace Logtrail.Api.Configuration;

public static class WebApplicationExtensions
{
    /// <summary>
    /// The HTTP pipeline, outermost first: request id, request log, error mapping, the URL and header limits (414, 431),
    /// the console's security headers and assets (under <c>/console</c> only), CORS of the activity feed (preflights),
    /// routing, authentication and authorization (401), key activity (recorded once the response is complete), the
    /// per-key rate limit (429), a viewer token's origin check (403), the refusal of paths and query strings
    /// PostgreSQL cannot hold (400), then the endpoint.
    /// </summary>
    public static WebApplication UseLogtrailPipeline(this WebApplication app)
    {
        app.UseMiddleware<RequestIdMiddleware>();
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseExceptionHandler();
        app.UseMiddleware<RequestLimitsMiddleware>();
        app.UseLogtrailConsole();
        app.UseStatusCodePages(context =>
        {
            var writer = context.HttpContext.RequestServices.GetRequiredService<ErrorResponseWriter>();
            return writer.WriteAsync(context.HttpContext, ContractClientErrorFactory.ForStatus(context.HttpContext.Request, context.HttpContext.Response.StatusCode));
        });

        app.UseMiddleware<ActivityCorsMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<KeyActivityMiddleware>();
        app.UseMiddleware<KeyRateLimitMiddleware>();
        app.UseMiddleware<ViewerOriginMiddleware>();
        app.UseMiddleware<StorableRequestTextMiddleware>();

        app.MapControllers();
        app.MapRazorPages();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponseWriter.WriteAsync });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthTags.Ready),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        app.MapOpenApi();
        app.MapScalarApiReference(options => options
            .WithTitle(LogtrailDocumentTransformer.Title)
            .AddPreferredSecuritySchemes(LogtrailDocumentTransformer.ApiKeyHeaderScheme)
            .AddApiKeyAuthentication(LogtrailDocumentTransformer.ApiKeyHeaderScheme, scheme => scheme.Value = "lt_production_rw_…"));
        return app;
    }

    /// <summary>Before the first request: apply migrations (unless disabled) and run the start mode's bootstrap.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStart)
        {
            app.Services.GetRequiredService<DatabaseMigrator>().Migrate();
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<StartupBootstrap>().RunAsync(app.Lifetime.ApplicationStopping);
    }
}
