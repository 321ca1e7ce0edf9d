using System.Diagnostics.CodeAnalysis;

namespace Logtrail.Domain.Logs;

/// <summary>Wire names of <see cref="Level"/>: <c>trace|debug|info|warn|error|fatal</c>.</summary>
public static class Levels
{
    public static IReadOnlyList<string> WireNames { get; } = ["trace", "debug", "info", "warn", "error", "fatal"];

    public static string ToWireName(this Level level) => WireNames[(int)level];

    public static bool TryParse(string? value, [NotNullWhen(true)] out Level? level)
    {
        var index = value is null ? -1 : IndexOf(value);
        level = index < 0 ? null : (Level)index;
        return level is not null;
    }

    private static int IndexOf(string value)
    {
        for (var index = 0; index < WireNames.Count; index++)
        {
            if (string.Equals(WireNames[index], value, StringComparison.Ordinal))
            {
                return index;
            }
        }

        return -1;
    }
}
