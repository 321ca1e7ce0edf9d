namespace Logtrail.Domain.Keys;

/// <summary>The scope names the contract uses for <see cref="Permission"/> (<c>logs:read</c>, <c>logs:write</c>).</summary>
public static class Permissions
{
    public const string LogsRead = "logs:read";
    public const string LogsWrite = "logs:write";

    public static string ToScopeName(this Permission permission) => permission switch
    {
        Permission.LogsRead => LogsRead,
        Permission.LogsWrite => LogsWrite,
        _ => throw new ArgumentOutOfRangeException(nameof(permission), permission, "Not a single permission."),
    };

    /// <summary>The scope names granted by a set of permissions, read before write.</summary>
    public static IReadOnlyList<string> ToScopeNames(this Permission permissions)
    {
        var names = new List<string>(2);
        if (permissions.HasFlag(Permission.LogsRead))
        {
            names.Add(LogsRead);
        }

        if (permissions.HasFlag(Permission.LogsWrite))
        {
            names.Add(LogsWrite);
        }

        return names;
    }
}
