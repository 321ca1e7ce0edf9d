using System.Globalization;

namespace Logtrail.Api.Console;

/// <summary>How the console writes instants: UTC, to the second, the same on every page.</summary>
public static class ConsoleFormat
{
    public static string Instant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset? instant, string absent) => instant is { } value ? Instant(value) : absent;
}
