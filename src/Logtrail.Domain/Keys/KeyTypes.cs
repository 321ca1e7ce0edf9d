using System.Diagnostics.CodeAnalysis;

namespace Logtrail.Domain.Keys;

/// <summary>Wire names (<c>ro</c>, <c>wo</c>, <c>rw</c>) and granted permissions of <see cref="KeyType"/>.</summary>
public static class KeyTypes
{
    public const string ReadOnly = "ro";
    public const string WriteOnly = "wo";
    public const string ReadWrite = "rw";

    public static string ToWireName(this KeyType type) => type switch
    {
        KeyType.ReadOnly => ReadOnly,
        KeyType.WriteOnly => WriteOnly,
        KeyType.ReadWrite => ReadWrite,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown key type."),
    };

    public static Permission GrantedPermissions(this KeyType type) => type switch
    {
        KeyType.ReadOnly => Permission.LogsRead,
        KeyType.WriteOnly => Permission.LogsWrite,
        KeyType.ReadWrite => Permission.LogsRead | Permission.LogsWrite,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown key type."),
    };

    public static bool TryParse(string? value, [NotNullWhen(true)] out KeyType? type)
    {
        type = value switch
        {
            ReadOnly => KeyType.ReadOnly,
            WriteOnly => KeyType.WriteOnly,
            ReadWrite => KeyType.ReadWrite,
            _ => null,
        };
        return type is not null;
    }

    public static KeyType Parse(string value) =>
        TryParse(value, out var type) ? type.Value : throw new FormatException($"'{value}' is not a key type.");
}
