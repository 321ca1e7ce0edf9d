using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Unicode;
using Logtrail.Api.Errors;
using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Common.Security;
using Logtrail.Application.Logs;
using Logtrail.Application.Logs.Idempotency;
using Logtrail.Domain.Plans;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Logtrail.Api.Http;

/// <summary>
/// Reads an ingest request body in the order SPEC §3 gives: content type and encoding (415), size against the
/// transport cap, measured after decompression and enforced while reading (413, before anything is parsed), empty
/// body, then JSON (400). Each log keeps the byte length of its own raw JSON for the plan's max log size.
/// </summary>
public sealed class LogBodyReader(ICallerContext caller, PlanCatalog plans)
{
    public const int SingleLogCap = 1024 * 1024;
    private const string NdjsonMediaType = "application/x-ndjson";
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 64 };

    /// <summary>The transport cap of an endpoint for the calling key's plan (SPEC §3).</summary>
    public long CapFor(LogBodyShape shape)
    {
        if (shape == LogBodyShape.Single)
        {
            return SingleLogCap;
        }

        var plan = plans.For(caller.RequireKey());
        return Math.Max(SingleLogCap, 2L * plan.MaxBatchSize * plan.MaxLogSizeBytes);
    }

    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public async Task<LogBody> ReadAsync(HttpRequest request, LogBodyShape shape, CancellationToken cancellationToken)
    {
        var isNdjson = CheckContentType(request.ContentType, shape);
        var idempotencyKey = IdempotencyKeyOf(request.Headers);
        var cap = CapFor(shape);
        var compressed = IsGzip(request.Headers.ContentEncoding);
        if (!compressed && request.ContentLength > cap)
        {
            throw RequestBodyException.TooLarge(cap);
        }

        var limit = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (limit is { IsReadOnly: false })
        {
            limit.MaxRequestBodySize = cap + 1;
        }

        ReadOnlyMemory<byte> bytes;
        if (compressed)
        {
            await using var decompressed = new GZipStream(request.Body, CompressionMode.Decompress, leaveOpen: true);
            bytes = await ReadCappedAsync(decompressed, cap, cancellationToken);
        }
        else
        {
            bytes = await ReadCappedAsync(request.Body, cap, cancellationToken);
        }

        if (bytes.Length == 0)
        {
            throw RequestBodyException.Empty();
        }

        if (!Utf8.IsValid(bytes.Span))
        {
            throw RequestBodyException.InvalidJson("it is not valid UTF-8");
        }

        var idempotency = idempotencyKey is null ? null : new IdempotencyRequest(idempotencyKey, SHA256.HashData(bytes.Span));
        return isNdjson ? ParseNdjson(bytes, idempotency) : ParseJson(bytes, shape, idempotency);
    }

    private static string? IdempotencyKeyOf(IHeaderDictionary headers)
    {
        if (!headers.TryGetValue(IdempotencyKeyHeader, out var values))
        {
            return null;
        }

        var key = values.ToString();
        return values.Count == 1 && key.Length is > 0 and <= IdempotencyRequest.MaxKeyLength
            ? key
            : throw new ValidationFailedException(IdempotencyKeyHeader, $"'{IdempotencyKeyHeader}' must be one value of 1 to {IdempotencyRequest.MaxKeyLength} characters.");
    }

    private static bool CheckContentType(string? contentType, LogBodyShape shape)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
        {
            throw RequestBodyException.UnsupportedContentType("The request body must be application/json.");
        }

        if (mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (shape == LogBodyShape.Batch && mediaType.MediaType.Equals(NdjsonMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        throw RequestBodyException.UnsupportedContentType(shape == LogBodyShape.Batch
            ? "The request body must be application/json (an array of logs) or application/x-ndjson (one log per line)."
            : "The request body must be application/json.");
    }

    private static bool IsGzip(string? contentEncoding) => contentEncoding?.Trim().ToLowerInvariant() switch
    {
        null or "" or "identity" => false,
        "gzip" => true,
        _ => throw RequestBodyException.UnsupportedContentType($"Content-Encoding '{contentEncoding}' is not supported; use gzip or none."),
    };

    /// <summary>Reads the whole body, refusing it as soon as it passes <paramref name="cap"/> (so a zip bomb stops there).</summary>
    private static async Task<ReadOnlyMemory<byte>> ReadCappedAsync(Stream source, long cap, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        try
        {
            while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > cap)
                {
                    throw RequestBodyException.TooLarge(cap);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            throw RequestBodyException.InvalidJson("the gzip stream is corrupt");
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static LogBody ParseJson(ReadOnlyMemory<byte> bytes, LogBodyShape shape, IdempotencyRequest? idempotency)
    {
        var document = Parse(bytes, "body");
        var root = document.RootElement;
        switch (root.ValueKind, shape)
        {
            case (JsonValueKind.Object, LogBodyShape.Single or LogBodyShape.SingleOrBatch):
                return new LogBody([new LogInput(root, bytes.Length)], isBatch: false, [document], idempotency);
            case (JsonValueKind.Array, LogBodyShape.Batch or LogBodyShape.SingleOrBatch):
                var logs = root.EnumerateArray().Select(log => new LogInput(log, JsonMarshal.GetRawUtf8Value(log).Length)).ToArray();
                return new LogBody(logs, isBatch: true, [document], idempotency);
            default:
                document.Dispose();
                throw new ValidationFailedException("", shape == LogBodyShape.Batch
                    ? "The body must be a JSON array of logs."
                    : "The body must be one log: a JSON object (send arrays to /logs/bulk).");
        }
    }

    private static LogBody ParseNdjson(ReadOnlyMemory<byte> bytes, IdempotencyRequest? idempotency)
    {
        var documents = new List<JsonDocument>();
        var logs = new List<LogInput>();
        var remaining = bytes;
        var line = 0;
        try
        {
            while (!remaining.IsEmpty)
            {
                line++;
                var end = remaining.Span.IndexOf((byte)'\n');
                var text = end < 0 ? remaining : remaining[..end];
                remaining = end < 0 ? ReadOnlyMemory<byte>.Empty : remaining[(end + 1)..];
                if (text.Span.Trim("\r \t"u8).IsEmpty)
                {
                    continue;
                }

                var document = Parse(text, $"line {line}");
                documents.Add(document);
                logs.Add(new LogInput(document.RootElement, text.Span.TrimEnd("\r"u8).Length));
            }
        }
        catch (RequestBodyException)
        {
            documents.ForEach(document => document.Dispose());
            throw;
        }

        return new LogBody(logs, isBatch: true, documents, idempotency);
    }

    private static JsonDocument Parse(ReadOnlyMemory<byte> json, string where)
    {
        try
        {
            return JsonDocument.Parse(json, ParseOptions);
        }
        catch (JsonException exception)
        {
            throw RequestBodyException.InvalidJson($"{where}, line {exception.LineNumber + 1}, byte {exception.BytePositionInLine}");
        }
    }
}
