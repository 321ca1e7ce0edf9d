using System.Text.Json;

namespace Logtrail.Application.Logs;

/// <summary>
/// One log as the client sent it: its parsed JSON (parsed once, not yet validated) and the byte length of its raw
/// JSON text, which the plan's max log size applies to.
/// </summary>
public sealed record LogInput(JsonElement Json, int RawSize)
{
    /// <summary>The <c>environment</c> the log names, when it names one as a string.</summary>
    public string? NamedEnvironment =>
        Json.ValueKind == JsonValueKind.Object
        && Json.TryGetProperty(LogFields.Environment, out var environment)
        && environment.ValueKind == JsonValueKind.String
            ? environment.GetString()
            : null;
}
