namespace Logtrail.Api.Console;

/// <summary>Names of the console session: its cookie scheme, the policy every page but sign-in requires, its cookies.</summary>
public static class ConsoleSession
{
    public const string Scheme = "Console";

    public const string Policy = "ConsoleSession";

    public const string CookieName = "logtrail_console";

    public const string AntiforgeryCookieName = "logtrail_console_csrf";

    public const string PathBase = "/console";

    public const string SignInPath = "/console/sign-in";
}
