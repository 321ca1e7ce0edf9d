using System.Net;
using Logtrail.Api.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Logtrail.Api.IntegrationTests.Console;

/// <summary>The console's session: no page without one, its cookie's flags, sign-in's throttle, and how it ends.</summary>
public sealed class ConsoleSessionTests : IntegrationTest
{
    [Test]
    public async Task No_console_page_is_reachable_without_a_session()
    {
        var projectId = await Admin.CreateProjectAsync();
        var key = await Admin.CreateKeyAsync(projectId);
        using var console = ConsoleClient.Create(Api);
        string[] pages =
        [
            "/console", "/console/audit", "/console/sign-out",
            $"/console/projects/{projectId}/keys", $"/console/projects/{projectId}/keys/new", $"/console/projects/{projectId}/search?q=level%3Derror",
            $"/console/projects/{projectId}/tail", $"/console/projects/{projectId}/tail?handler=Stream",
            $"/console/projects/{projectId}/search?handler=Export&format=csv", $"/console/projects/{projectId}/usage", $"/console/projects/{projectId}/actions", $"/console/projects/{projectId}/actions/edit?action=user.login",
            $"/console/projects/{projectId}/keys/{key.Id}/activity", $"/console/projects/{projectId}/keys/{key.Id}/revoke",
            $"/console/projects/{projectId}/keys/{key.Id}/rotate",
        ];

        foreach (var page in pages)
        {
            var get = await console.Http.GetAsync(page);
            Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), page);
            Assert.That(get.Headers.Location!.ToString(), Does.Contain("/console/sign-in"), page);
            var post = await console.PostAsync(page, new Dictionary<string, string>());
            Assert.That(post.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"POST {page}");
        }

        var keys = await Admin.GetJsonAsync($"/api/v1/admin/projects/{projectId}/keys");
        Assert.That(keys.GetArrayLength(), Is.EqualTo(1), "a POST without a session changed nothing");
    }

    [Test]
    public async Task The_session_cookie_is_http_only_same_site_strict_and_scoped_to_the_console()
    {
        using var console = ConsoleClient.Create(Api);

        var signIn = await console.SignInAsync(Admin.Token);

        Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(signIn.Headers.Location!.ToString(), Is.EqualTo("/console"));
        var cookie = SessionCookie(signIn);
        Assert.That(cookie, Does.Contain("httponly"));
        Assert.That(cookie, Does.Contain("samesite=strict"));
        Assert.That(cookie, Does.Contain("path=/console"));
        Assert.That(cookie, Does.Not.Contain("expires="), "a session cookie, gone with the browser");
        Assert.That(cookie, Does.Not.Contain("secure"), "plain HTTP cannot carry a Secure cookie");
    }

    [Test]
    public async Task Over_https_the_session_cookie_is_also_secure()
    {
        using var console = ConsoleClient.Over(Api.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        }));

        var signIn = await console.SignInAsync(Admin.Token);

        Assert.That(SessionCookie(signIn), Does.Contain("secure"));
    }

    [Test]
    public async Task A_wrong_token_is_refused_and_repeated_failures_are_throttled_while_a_valid_token_still_signs_in()
    {
        using var console = ConsoleClient.Create(Api);
        var html = await console.GetHtmlAsync("/console/sign-in");
        var csrf = ConsoleClient.CsrfToken(html);
        var wrong = new Dictionary<string, string> { ["token"] = "lt_admin_not-a-real-token", [ConsoleClient.CsrfField] = csrf };

        var first = await console.PostAsync("/console/sign-in", wrong);
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await first.Content.ReadAsStringAsync(), Does.Contain("not valid"));
        Assert.That(SessionCookieOrNull(first), Is.Null);

        HttpResponseMessage last = first;
        for (var attempt = 0; attempt < 40 && last.StatusCode != HttpStatusCode.TooManyRequests; attempt++)
        {
            last = await console.PostAsync("/console/sign-in", wrong);
        }

        Assert.That(last.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That((await console.SignInAsync(Admin.Token)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task Revoking_the_admin_token_ends_its_session_at_the_next_request()
    {
        using var console = ConsoleClient.Create(Api);
        await console.SignInAsync(Admin.Token);
        Assert.That((await console.Http.GetAsync("/console")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await using (var connection = await TestDatabase.OpenAsync())
        await using (var revoke = new NpgsqlCommand("UPDATE admin_tokens SET revoked_at = now()", connection))
        {
            await revoke.ExecuteNonQueryAsync();
        }

        var after = await console.Http.GetAsync("/console");
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(after.Headers.Location!.ToString(), Does.Contain("/console/sign-in"));
    }

    [Test]
    public async Task An_idle_session_expires_and_signing_out_ends_the_session()
    {
        using var idle = ConsoleClient.Create(Api);
        await idle.SignInAsync(Admin.Token);
        Api.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.That((await idle.Http.GetAsync("/console")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "idle for longer than 30 min");

        using var console = ConsoleClient.Create(Api);
        await console.SignInAsync(Admin.Token);
        var page = await console.GetHtmlAsync("/console");
        var signOut = await console.PostAsync("/console/sign-out", new Dictionary<string, string> { [ConsoleClient.CsrfField] = ConsoleClient.CsrfToken(page) });
        Assert.That(signOut.Headers.Location!.ToString(), Is.EqualTo("/console/sign-in"));
        Assert.That((await console.Http.GetAsync("/console")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task Console_pages_carry_a_content_security_policy_without_inline_script_and_refuse_framing()
    {
        using var console = ConsoleClient.Create(Api);
        var response = await console.Http.GetAsync("/console/sign-in");

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.That(csp, Does.Contain("script-src 'self'"));
        Assert.That(csp, Does.Contain("frame-ancestors 'none'"));
        Assert.That(csp, Does.Not.Contain("unsafe-inline"));
        Assert.That(response.Headers.GetValues("Referrer-Policy"), Is.EqualTo(new[] { "no-referrer" }));
        Assert.That(response.Headers.GetValues("X-Frame-Options"), Is.EqualTo(new[] { "DENY" }));
        Assert.That(response.Headers.CacheControl!.NoStore, Is.True);
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Match("<script>|<script [^>]*>[^<]+</script>|style=\"|onclick="),
            "no inline script or style");
    }

    private static string SessionCookie(HttpResponseMessage response) =>
        SessionCookieOrNull(response) ?? throw new AssertionException("no session cookie was set");

    private static string? SessionCookieOrNull(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.FirstOrDefault(cookie => cookie.StartsWith("logtrail_console=", StringComparison.Ordinal))?.ToLowerInvariant()
            : null;
}
