namespace Logtrail.Domain.Keys;

/// <summary>What a data-API key may do (SPEC §2).</summary>
[Flags]
public enum Permission
{
    None = 0,
    LogsRead = 1,
    LogsWrite = 2,
}
