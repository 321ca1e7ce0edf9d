using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Logtrail.Api.IntegrationTests.Support;

/// <summary>
/// A browser-like client of the console over HTTP: keeps cookies, does not follow redirects (tests look at them), and
/// reads the antiforgery field out of the pages it gets, as a browser submitting a form would send it.
/// </summary>
public sealed partial class ConsoleClient : IDisposable
{
    public const string CsrfField = "__csrf";

    private ConsoleClient(HttpClient http) => Http = http;

    public HttpClient Http { get; }

    public static ConsoleClient Create(LogtrailApiFactory api) =>
        new(api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public static ConsoleClient Over(HttpClient http) => new(http);

    /// <summary>Signs in with <paramref name="adminToken"/> through the sign-in form; returns the form's answer.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string adminToken)
    {
        var form = await GetHtmlAsync("/console/sign-in");
        return await PostAsync("/console/sign-in", new Dictionary<string, string> { ["token"] = adminToken, [CsrfField] = CsrfToken(form) });
    }

    public async Task<string> GetHtmlAsync(string path)
    {
        var response = await Http.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"GET {path}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts <paramref name="fields"/> with the antiforgery token of the page at <paramref name="pagePath"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pagePath, string action, IDictionary<string, string> fields)
    {
        var page = await GetHtmlAsync(pagePath);
        return await PostAsync(action, new Dictionary<string, string>(fields) { [CsrfField] = CsrfToken(page) });
    }

    public Task<HttpResponseMessage> PostAsync(string path, IDictionary<string, string> fields) =>
        Http.PostAsync(path, new FormUrlEncodedContent(fields));

    public static string CsrfToken(string html) =>
        CsrfInput().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups["token"].Value)
            : throw new AssertionException("The page has no antiforgery field.");

    /// <summary>Every <c>&lt;form method="post"&gt;</c> of a page: its action (the page itself when absent) and field names.</summary>
    public static IReadOnlyList<PostForm> PostForms(string html, string pagePath) =>
        PostFormElement().Matches(html)
            .Select(form => new PostForm(
                WebUtility.HtmlDecode(ActionAttribute().Match(form.Value) is { Success: true } action ? action.Groups["action"].Value : pagePath),
                NamedField().Matches(form.Value).Select(field => field.Groups["name"].Value).Distinct().ToList()))
            .ToList();

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("""name="__csrf" type="hidden" value="(?<token>[^"]+)"|type="hidden" name="__csrf" value="(?<token>[^"]+)""")]
    private static partial Regex CsrfInput();

    [GeneratedRegex("""<form [^>]*method="post"[^>]*>.*?</form>""", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex PostFormElement();

    [GeneratedRegex("""^<form [^>]*action="(?<action>[^"]*)""")]
    private static partial Regex ActionAttribute();

    [GeneratedRegex("""name="(?<name>[^"]+)""")]
    private static partial Regex NamedField();
}

public sealed record PostForm(string Action, IReadOnlyList<string> Fields);
