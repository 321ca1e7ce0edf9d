using System.Text.Json;

namespace Logtrail.Api.Bootstrap;

/// <summary>Writes secrets for the operator: a JSON file readable by its owner only (mode 600), replaced atomically.</summary>
public static class PrivateFile
{
    private static readonly JsonSerializerOptions FileFormat = new() { WriteIndented = true };

    public static async Task WriteJsonAsync(string path, IReadOnlyDictionary<string, object> document, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        var fileOptions = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var stream = new FileStream(temporary, fileOptions))
        {
            await JsonSerializer.SerializeAsync(stream, document, FileFormat, cancellationToken);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
