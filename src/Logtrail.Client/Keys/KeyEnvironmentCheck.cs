using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Logtrail.Client.Keys;

/// <summary>
/// Warns when a key's environment differs from the host's (a development key in Production, a production key in
/// Development, …). The host's environment comes from <see cref="IHostEnvironment"/> when there is one, else from
/// <c>DOTNET_ENVIRONMENT</c> / <c>ASPNETCORE_ENVIRONMENT</c>; when none is known nothing is said.
/// </summary>
internal static partial class KeyEnvironmentCheck
{
    public static void Warn(LogtrailApiKey key, IHostEnvironment? host, ILogger logger)
    {
        var hostEnvironment = host?.EnvironmentName
            ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT");
        if (hostEnvironment is null)
        {
            return;
        }

        var expected = hostEnvironment.ToUpperInvariant() switch
        {
            "DEVELOPMENT" => "development",
            "STAGING" => "staging",
            "PRODUCTION" => "production",
            _ => null,
        };
        if (expected is not null && expected != key.Environment)
        {
            EnvironmentMismatch(logger, key.Environment, hostEnvironment);
        }
    }

    [LoggerMessage(EventId = 1, EventName = "LogtrailKeyEnvironmentMismatch", Level = LogLevel.Warning,
        Message = "The Logtrail API key belongs to the {KeyEnvironment} environment but this host runs as {HostEnvironment}: its logs go to {KeyEnvironment}.")]
    private static partial void EnvironmentMismatch(ILogger logger, string keyEnvironment, string hostEnvironment);
}
