namespace Logtrail.Domain.Keys;

/// <summary>The <c>type</c> part of a key: read-only, write-only or read-write (SPEC §2).</summary>
public enum KeyType
{
    ReadOnly,
    WriteOnly,
    ReadWrite,
}
