using System.Text.Json;
using Logtrail.Api.Serialization;

namespace Logtrail.Api.Console;

/// <summary>A value as the API would send it (same names, timestamps and raw JSON), indented for reading on a page.</summary>
public static class ConsoleJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static string Indented<T>(T value) => JsonSerializer.Serialize(value, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions { WriteIndented = true };
        JsonConventions.Apply(options);
        return options;
    }
}
