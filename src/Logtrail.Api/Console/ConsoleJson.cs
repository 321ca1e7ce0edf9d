using System.Text.Json;
using Logtrail.Api.Serialization;

namespace Logtrail.Api.Console;

/// <summary>A value as the API would send it (same names, timestamps and raw JSON), indented for reading on a page or compact for a table cell.</summary>
public static class ConsoleJson
{
    private static readonly JsonSerializerOptions IndentedOptions = CreateOptions(indented: true);
    private static readonly JsonSerializerOptions CompactOptions = CreateOptions(indented: false);

    public static string Indented<T>(T value) => JsonSerializer.Serialize(value, IndentedOptions);

    public static string Compact<T>(T value) => JsonSerializer.Serialize(value, CompactOptions);

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions { WriteIndented = indented };
        JsonConventions.Apply(options);
        return options;
    }
}
