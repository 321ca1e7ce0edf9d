namespace Logtrail.Domain.Logs;

/// <summary>Log ids are UUIDv7 stamped with the server timestamp, so an id tells where in time (and which partition) to look.</summary>
public static class LogIds
{
    public static Guid New(DateTimeOffset serverTimestamp) => Guid.CreateVersion7(serverTimestamp);

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
