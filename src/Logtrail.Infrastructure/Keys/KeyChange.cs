using System.Diagnostics.CodeAnalysis;

namespace Logtrail.Infrastructure.Keys;

/// <summary>
/// Something that makes cached key lookups stale: one key (revoked, rotated) or every key of a project
/// (renamed, plan changed). Travels between instances as the payload of a Postgres NOTIFY.
/// </summary>
public readonly record struct KeyChange(KeyChangeScope Scope, Guid Id)
{
    public const string Channel = "logtrail_key_changes";

    public static KeyChange OfKey(Guid keyId) => new(KeyChangeScope.Key, keyId);

    public static KeyChange OfProject(Guid projectId) => new(KeyChangeScope.Project, projectId);

    public string ToPayload() => $"{(Scope == KeyChangeScope.Key ? "key" : "project")}:{Id}";

    public static bool TryParse(string payload, [NotNullWhen(true)] out KeyChange? change)
    {
        change = null;
        var separator = payload.IndexOf(':');
        if (separator < 0 || !Guid.TryParse(payload.AsSpan(separator + 1), out var id))
        {
            return false;
        }

        change = payload[..separator] switch
        {
            "key" => OfKey(id),
            "project" => OfProject(id),
            _ => null,
        };
        return change is not null;
    }
}
