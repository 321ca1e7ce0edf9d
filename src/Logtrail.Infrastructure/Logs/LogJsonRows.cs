using System.Buffers;
using System.Data.Common;
using System.Text.Json;
using Logtrail.Application.Common.Paging;
using Logtrail.Application.Logs;

namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// Rows as the response's JSON: each written by <see cref="LogRowJsonWriter"/> as it is read, after a comma from the
/// second on, into one growing buffer; the page is then copied out as one JSON array.
/// </summary>
public sealed class LogJsonRows : ILogRows, IBufferWriter<byte>
{
    private readonly List<int> _ends = [];
    private readonly List<PageCursor> _positions = [];
    private readonly Utf8JsonWriter _json;
    private byte[] _buffer = GC.AllocateUninitializedArray<byte>(32 * 1024);
    private int _length;

    public LogJsonRows() => _json = new Utf8JsonWriter(this, LogPageJson.WriterOptions);

    public int Count => _ends.Count;

    public Action ReaderOf(DbDataReader reader)
    {
        var rows = new LogRowJsonWriter(reader, _json);
        return () =>
        {
            if (_ends.Count > 0)
            {
                GetSpan(1)[0] = (byte)',';
                Advance(1);
            }

            _json.Reset(this);
            _positions.Add(rows.Write());
            _json.Flush();
            _ends.Add(_length);
        };
    }

    public void KeepFirst(int count)
    {
        _length = count == 0 ? 0 : _ends[count - 1];
        _ends.RemoveRange(count, _ends.Count - count);
        _positions.RemoveRange(count, _positions.Count - count);
    }

    /// <summary>The first <paramref name="pageSize"/> rows as a JSON array into <paramref name="output"/>; the next page's cursor when a row more was read.</summary>
    public PageCursor? WritePage(int pageSize, IBufferWriter<byte> output)
    {
        var next = Count > pageSize ? _positions[pageSize - 1] : (PageCursor?)null;
        KeepFirst(Math.Min(pageSize, Count));
        var page = output.GetSpan(_length + 2);
        page[0] = (byte)'[';
        _buffer.AsSpan(0, _length).CopyTo(page[1..]);
        page[_length + 1] = (byte)']';
        output.Advance(_length + 2);
        return next;
    }

    public void Advance(int count) => _length += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsMemory(_length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsSpan(_length);
    }

    private void Reserve(int sizeHint)
    {
        var needed = _length + Math.Max(sizeHint, 256);
        if (needed > _buffer.Length)
        {
            var larger = GC.AllocateUninitializedArray<byte>(Math.Max(needed, _buffer.Length * 2));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            _buffer = larger;
        }
    }
}
