namespace Logtrail.Domain.Logs;

/// <summary>Log ids are UUIDv7 stamped with the server timestamp, so an id tells where in time (and which partition) to look.</summary>
public static class LogIds
{
    public static Guid New(DateTimeOffset serverTimestamp) => Guid.CreateVersion7(serverTimestamp);

    /// <summary>
    /// A UUIDv7 stamped with <paramref name="serverTimestamp"/>'s millisecond whose other bits come from
    /// <paramref name="hash"/> (at least 10 bytes): the same input always gives the same id.
    /// </summary>
    public static Guid Derived(DateTimeOffset serverTimestamp, ReadOnlySpan<byte> hash)
    {
        Span<byte> bytes = stackalloc byte[16];
        var milliseconds = serverTimestamp.ToUnixTimeMilliseconds();
        for (var index = 5; index >= 0; index--)
        {
            bytes[index] = (byte)milliseconds;
            milliseconds >>= 8;
        }

        bytes[6] = (byte)(0x70 | (hash[0] & 0x0F));
        bytes[7] = hash[1];
        bytes[8] = (byte)(0x80 | (hash[2] & 0x3F));
        hash[3..10].CopyTo(bytes[9..]);
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>The millisecond a UUIDv7 was stamped with; null when <paramref name="id"/> is not a version 7 UUID.</summary>
    public static DateTimeOffset? TimestampOf(Guid id)
    {
        if (id.Version != 7)
        {
            return null;
        }

        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        long milliseconds = 0;
        for (var index = 0; index < 6; index++)
        {
            milliseconds = (milliseconds << 8) | bytes[index];
        }

        return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
    }
}
