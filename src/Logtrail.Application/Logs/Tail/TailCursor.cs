using System.Buffers.Binary;
using Logtrail.Domain.Logs;

namespace Logtrail.Application.Logs.Tail;

/// <summary>
/// The opaque SSE <c>id:</c> of a tail event: the log's server timestamp (microseconds) and id, base64url. A client
/// gives it back as <c>Last-Event-ID</c> to resume.
/// </summary>
public readonly record struct TailCursor(DateTimeOffset Timestamp, Guid Id)
{
    public static TailCursor Of(LogEntry entry) => new(entry.ServerTimestamp, entry.Id);

    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[24];
        BinaryPrimitives.WriteInt64BigEndian(bytes, (Timestamp - DateTimeOffset.UnixEpoch).Ticks / 10);
        Id.TryWriteBytes(bytes[8..], bigEndian: true, out _);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static bool TryParse(string? text, out TailCursor cursor)
    {
        cursor = default;
        if (text is null || text.Length != 32)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[24];
        if (!Convert.TryFromBase64String(text.Replace('-', '+').Replace('_', '/'), bytes, out var written) || written != 24)
        {
            return false;
        }

        var microseconds = BinaryPrimitives.ReadInt64BigEndian(bytes);
        if (microseconds < 0 || microseconds > (DateTimeOffset.MaxValue - DateTimeOffset.UnixEpoch).Ticks / 10)
        {
            return false;
        }

        cursor = new TailCursor(DateTimeOffset.UnixEpoch.AddTicks(microseconds * 10), new Guid(bytes[8..], bigEndian: true));
        return true;
    }
}
