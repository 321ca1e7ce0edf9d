using System.Buffers;
using System.IO.Compression;
using System.Security.Cryptography;
using Logtrail.Api.Errors;

namespace Logtrail.Api.Http;

/// <summary>
/// A request body as it arrives, decompressed when it is gzip, in a buffer that holds only what has not been
/// consumed yet: the bytes counted against a cap (413 the moment it is passed, so a zip bomb stops there) and, when
/// asked, hashed for the Idempotency-Key. Callers look at <see cref="Unconsumed"/>, <see cref="Consume"/> what they
/// are done with and <see cref="FillAsync"/> for more; memory stays at the largest unconsumed stretch.
/// </summary>
public sealed class BodySource(Stream body, bool gzip, long cap, bool hash) : IAsyncDisposable
{
    private const int ChunkSize = 64 * 1024;
    private readonly Stream _source = gzip ? new GZipStream(body, CompressionMode.Decompress, leaveOpen: true) : body;
    private readonly IncrementalHash? _hash = hash ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
    private int _start;
    private int _end;

    /// <summary>Decompressed bytes read so far.</summary>
    public long Length { get; private set; }

    /// <summary>True once the body has no more bytes.</summary>
    public bool Ended { get; private set; }

    public ReadOnlyMemory<byte> Unconsumed => _buffer.AsMemory(_start, _end - _start);

    public void Consume(int count) => _start += count;

    /// <summary>Reads more bytes behind <see cref="Unconsumed"/>; false when the body has ended.</summary>
    public async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (Ended)
        {
            return false;
        }

        MakeRoom();
        int read;
        try
        {
            read = await _source.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        }
        catch (InvalidDataException)
        {
            throw RequestBodyException.InvalidJson("the gzip stream is corrupt");
        }

        if (read == 0)
        {
            Ended = true;
            return false;
        }

        Length += read;
        if (Length > cap)
        {
            throw RequestBodyException.TooLarge(cap);
        }

        _hash?.AppendData(_buffer, _end, read);
        _end += read;
        return true;
    }

    /// <summary>Skips whitespace at the front of <see cref="Unconsumed"/>, reading on as needed; false at the end of the body.</summary>
    public async ValueTask<bool> SkipWhitespaceAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var span = Unconsumed.Span;
            var content = span.IndexOfAnyExcept(" \t\r\n"u8);
            if (content >= 0)
            {
                Consume(content);
                return true;
            }

            Consume(span.Length);
            if (!await FillAsync(cancellationToken))
            {
                return false;
            }
        }
    }

    /// <summary>Reads everything left (still within the cap).</summary>
    public async ValueTask ReadToEndAsync(CancellationToken cancellationToken)
    {
        while (await FillAsync(cancellationToken))
        {
        }
    }

    /// <summary>Reads and forgets everything left, still counting it against the cap.</summary>
    public async ValueTask DiscardToEndAsync(CancellationToken cancellationToken)
    {
        do
        {
            Consume(Unconsumed.Length);
        }
        while (await FillAsync(cancellationToken));
    }

    /// <summary>SHA-256 of every byte read; only when hashing was asked for.</summary>
    public byte[] Hash() => _hash!.GetHashAndReset();

    public async ValueTask DisposeAsync()
    {
        _hash?.Dispose();
        if (!ReferenceEquals(_source, body))
        {
            await _source.DisposeAsync();
        }

        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    /// <summary>Moves the unconsumed bytes to the front, and doubles the buffer when they fill most of it.</summary>
    private void MakeRoom()
    {
        var unconsumed = _end - _start;
        if (_buffer.Length - unconsumed < ChunkSize / 2)
        {
            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(_start, unconsumed).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        else if (_start > 0)
        {
            _buffer.AsSpan(_start, unconsumed).CopyTo(_buffer);
        }

        _start = 0;
        _end = unconsumed;
    }
}
