using System.Globalization;
using System.Text.Json;
using Logtrail.Domain.Logs;

namespace Logtrail.Domain.Activity;

/// <summary>
/// Reads a log's fields as text for templates and activity: strings as they are, numbers as written, booleans as
/// <c>true</c>/<c>false</c>, <c>tags</c> joined with ", ". Objects, arrays, null, empty strings and absent fields have
/// no text, so a template falls back to its next choice. JSON objects are parsed once, on first use.
/// </summary>
public sealed class LogValues(LogEntry entry)
{
    private readonly Dictionary<TemplateRoot, JsonElement?> _objects = [];

    public LogEntry Entry { get; } = entry;

    public string? TextOf(TemplateRoot root, IReadOnlyList<string> fields) => root switch
    {
        TemplateRoot.Action => Entry.Action,
        TemplateRoot.Level => Entry.Level.ToWireName(),
        TemplateRoot.Tags => Entry.Tags.Count == 0 ? null : string.Join(", ", Entry.Tags),
        _ => TextAt(ObjectOf(root), fields),
    };

    private JsonElement? ObjectOf(TemplateRoot root)
    {
        if (!_objects.TryGetValue(root, out var value))
        {
            var json = root switch
            {
                TemplateRoot.Actor => Entry.Actor,
                TemplateRoot.Target => Entry.Target,
                TemplateRoot.Context => Entry.Context,
                _ => Entry.Metadata,
            };
            value = json is null ? null : JsonSerializer.Deserialize<JsonElement>(json);
            _objects[root] = value;
        }

        return value;
    }

    private static string? TextAt(JsonElement? start, IReadOnlyList<string> fields)
    {
        if (start is not { } element)
        {
            return null;
        }

        foreach (var field in fields)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(field, out element))
            {
                return null;
            }
        }

        var text = element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => element.GetRawText(),
            JsonValueKind.True => bool.TrueString.ToLower(CultureInfo.InvariantCulture),
            JsonValueKind.False => bool.FalseString.ToLower(CultureInfo.InvariantCulture),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }
}
