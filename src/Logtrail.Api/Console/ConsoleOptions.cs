using System.ComponentModel.DataAnnotations;

namespace Logtrail.Api.Console;

/// <summary>Console settings (<c>Logtrail:Console</c>).</summary>
public sealed class ConsoleOptions
{
    public const string SectionName = "Logtrail:Console";

    /// <summary>A session ends after this long without a request (renewed on use once half of it has passed).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "12:00:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);
}
