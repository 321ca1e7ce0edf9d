namespace Logtrail.Application.Common;

/// <summary>Comma-separated query parameters: trimmed, empty items dropped.</summary>
public static class Csv
{
    public static IEnumerable<string> Split(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
