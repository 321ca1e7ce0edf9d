using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Logtrail.Api.Console;

public static class ConsoleServiceCollectionExtensions
{
    /// <summary>
    /// The console (<c>/console</c>): Razor Pages under <c>Console/Pages</c>, every one behind the session policy but
    /// sign-in; a cookie session (httpOnly, SameSite=Strict, Secure on HTTPS, idle expiry); antiforgery on every form.
    /// </summary>
    public static IServiceCollection AddLogtrailConsole(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConsoleOptions>()
            .Bind(configuration.GetSection(ConsoleOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Console/Pages";
            options.Conventions.AuthorizeFolder("/", ConsoleSession.Policy);
            options.Conventions.AllowAnonymousToPage("/SignIn");
        });
        services.AddAuthorizationBuilder().AddPolicy(ConsoleSession.Policy, policy => policy
            .AddAuthenticationSchemes(ConsoleSession.Scheme)
            .RequireAuthenticatedUser());

        services.AddScoped<ConsoleSessionEvents>();
        services.AddAuthentication().AddCookie(ConsoleSession.Scheme, options =>
        {
            options.Cookie.Name = ConsoleSession.CookieName;
            options.Cookie.Path = ConsoleSession.PathBase;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = ConsoleSession.SignInPath;
            options.AccessDeniedPath = ConsoleSession.SignInPath;
            options.SlidingExpiration = true;
            options.EventsType = typeof(ConsoleSessionEvents);
        });
        services.AddOptions<CookieAuthenticationOptions>(ConsoleSession.Scheme)
            .Configure<IOptions<ConsoleOptions>>((cookie, console) => cookie.ExpireTimeSpan = console.Value.IdleTimeout);

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = ConsoleSession.AntiforgeryCookieName;
            options.Cookie.Path = ConsoleSession.PathBase;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.FormFieldName = "__csrf";
        });
        return services;
    }
}
