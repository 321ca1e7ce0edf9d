using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Logtrail.Api.Console;

/// <summary>Reading the console's form fields that are not plain text.</summary>
public static class ConsoleForm
{
    /// <summary>
    /// An optional instant from a <c>datetime-local</c> field (UTC, as the console labels it) or an RFC 3339 text;
    /// empty means none.
    /// </summary>
    public static bool TryReadInstant(string? text, out DateTimeOffset? instant)
    {
        instant = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            instant = parsed;
            return true;
        }

        return false;
    }

    public static ConsoleProblem InvalidInstant(string field) =>
        new(StatusCodes.Status400BadRequest, $"'{field}' is not a date and time.", [], null);
}
