using System.Text.Json;
using System.Text.Unicode;
using Logtrail.Api.Errors;
using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Common.Security;
using Logtrail.Application.Logs.Idempotency;
using Logtrail.Application.Logs.Parsing;
using Logtrail.Domain.Plans;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Logtrail.Api.Http;

/// <summary>
/// Reads an ingest request body in the order the contract gives: content type and encoding (415), size against the
/// transport cap, measured after decompression and enforced while reading (413), empty body, then JSON (400). A JSON
/// array or NDJSON is parsed log by log as it streams in, so a request holds one log's bytes at a time plus what it
/// will store; each log is parsed once, into a <see cref="ParsedLog"/>.
/// </summary>
public sealed class LogBodyReader(ICallerContext caller, PlanCatalog plans, IOptions<BodyLimitOptions> limits)
{
    public const int SingleLogCap = 1024 * 1024;
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    public const string NdjsonMediaType = "application/x-ndjson";

    /// <summary>The transport cap of an endpoint for the calling key's plan.</summary>
    public long CapFor(LogBodyShape shape)
    {
        if (shape == LogBodyShape.Single)
        {
            return SingleLogCap;
        }

        var plan = plans.For(caller.RequireKey());
        return Math.Min(limits.Value.MaxRequestBytes, Math.Max(SingleLogCap, 2L * plan.MaxBatchSize * plan.MaxLogSizeBytes));
    }

    public async Task<LogBody> ReadAsync(HttpRequest request, LogBodyShape shape, CancellationToken cancellationToken)
    {
        var isNdjson = CheckContentType(request.ContentType, shape);
        var idempotencyKey = IdempotencyKeyOf(request.Headers);
        await using var body = Open(request, CapFor(shape), hash: idempotencyKey is not null);
        List<ParsedLog> logs;
        bool isBatch;
        try
        {
            (logs, isBatch) = isNdjson
                ? (await ReadNdjsonAsync(body, cancellationToken), true)
                : await ReadJsonAsync(body, shape, cancellationToken);
        }
        catch (LogtrailException)
        {
            // A body over the cap is a 413 even when it is malformed before the cap is reached.
            await body.DiscardToEndAsync(cancellationToken);
            throw;
        }

        if (body.Length == 0)
        {
            throw RequestBodyException.Empty();
        }

        return new LogBody(logs, isBatch, idempotencyKey is null ? null : new IdempotencyRequest(idempotencyKey, body.Hash()));
    }

    /// <summary>
    /// The body as a <see cref="BodySource"/> capped at <paramref name="cap"/> decompressed bytes: a declared length
    /// over the cap is refused at once, and the server's own limit leaves room past the cap for an error to drain what
    /// is left (<see cref="RequestBodyDrain"/>).
    /// </summary>
    public static BodySource Open(HttpRequest request, long cap, bool hash)
    {
        var compressed = IsGzip(request.Headers.ContentEncoding);
        if (!compressed && request.ContentLength > cap)
        {
            throw RequestBodyException.TooLarge(cap);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = cap + RequestBodyDrain.MaxBytes;
        }

        return new BodySource(request.Body, compressed, cap, hash);
    }

    /// <summary>True for NDJSON (batches only); 415 for anything else, or for JSON unless <paramref name="jsonAllowed"/>.</summary>
    public static bool CheckContentType(string? contentType, LogBodyShape shape, bool jsonAllowed = true)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
        {
            throw RequestBodyException.UnsupportedContentType(ExpectedMediaTypes(shape, jsonAllowed));
        }

        if (jsonAllowed && mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (shape == LogBodyShape.Batch && mediaType.MediaType.Equals(NdjsonMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        throw RequestBodyException.UnsupportedContentType(ExpectedMediaTypes(shape, jsonAllowed));
    }

    private static string ExpectedMediaTypes(LogBodyShape shape, bool jsonAllowed) => (shape, jsonAllowed) switch
    {
        (LogBodyShape.Batch, true) => "The request body must be application/json (an array of logs) or application/x-ndjson (one log per line).",
        (LogBodyShape.Batch, false) => "The request body must be application/x-ndjson (one log per line).",
        _ => "The request body must be application/json.",
    };

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

    private static bool IsGzip(string? contentEncoding) => contentEncoding?.Trim().ToLowerInvariant() switch
    {
        null or "" or "identity" => false,
        "gzip" => true,
        _ => throw RequestBodyException.UnsupportedContentType($"Content-Encoding '{contentEncoding}' is not supported; use gzip or none."),
    };

    private static async Task<List<ParsedLog>> ReadNdjsonAsync(BodySource body, CancellationToken cancellationToken)
    {
        var logs = new List<ParsedLog>();
        await foreach (var line in NdjsonLines.ReadAsync(body, cancellationToken))
        {
            logs.Add(Parse(line.Text.Span, $"line {line.Number}"));
        }

        return logs;
    }

    /// <summary>
    /// An array is framed element by element as it arrives (whitespace between them is never buffered); anything
    /// else is one value, read whole within the cap.
    /// </summary>
    private static async Task<(List<ParsedLog> Logs, bool IsBatch)> ReadJsonAsync(BodySource body, LogBodyShape shape, CancellationToken cancellationToken)
    {
        var hasValue = await body.SkipWhitespaceAsync(cancellationToken);
        if (hasValue && body.Unconsumed.Span[0] == (byte)'[' && shape != LogBodyShape.Single)
        {
            body.Consume(1);
            return (await ReadArrayAsync(body, cancellationToken), true);
        }

        await body.ReadToEndAsync(cancellationToken);
        if (!hasValue)
        {
            return body.Length == 0 ? ([], false) : throw RequestBodyException.InvalidJson("it holds no JSON value");
        }

        var whole = body.Unconsumed.Span;
        if (whole[0] == (byte)'{' && shape != LogBodyShape.Batch)
        {
            return ([Parse(whole, "body")], false);
        }

        Parse(whole, "body");
        throw new ValidationFailedException("", shape == LogBodyShape.Batch
            ? "The body must be a JSON array of logs."
            : "The body must be one log: a JSON object (send arrays to /logs/bulk).");
    }

    private static async Task<List<ParsedLog>> ReadArrayAsync(BodySource body, CancellationToken cancellationToken)
    {
        var logs = new List<ParsedLog>();
        while (true)
        {
            if (!await body.SkipWhitespaceAsync(cancellationToken))
            {
                throw RequestBodyException.InvalidJson("the array is not closed");
            }

            if (logs.Count == 0 && body.Unconsumed.Span[0] == (byte)']')
            {
                body.Consume(1);
                break;
            }

            var length = await CompleteValueLengthAsync(body, logs.Count, cancellationToken);
            logs.Add(Parse(body.Unconsumed.Span[..length], $"log {logs.Count}"));
            body.Consume(length);
            if (!await body.SkipWhitespaceAsync(cancellationToken))
            {
                throw RequestBodyException.InvalidJson("the array is not closed");
            }

            var separator = body.Unconsumed.Span[0];
            body.Consume(1);
            if (separator == (byte)']')
            {
                break;
            }

            if (separator != (byte)',')
            {
                throw RequestBodyException.InvalidJson($"expected ',' or ']' after log {logs.Count - 1}");
            }
        }

        if (await body.SkipWhitespaceAsync(cancellationToken))
        {
            throw RequestBodyException.InvalidJson("data after the array");
        }

        return logs;
    }

    /// <summary>How many bytes at the front of the unconsumed body make one complete JSON value, reading on until they do.</summary>
    private static async Task<int> CompleteValueLengthAsync(BodySource body, int index, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (CompleteValueLength(body.Unconsumed.Span, body.Ended, index) is { } length)
            {
                return length;
            }

            if (!await body.FillAsync(cancellationToken))
            {
                throw RequestBodyException.InvalidJson($"the body ends inside log {index}");
            }
        }
    }

    private static int? CompleteValueLength(ReadOnlySpan<byte> bytes, bool final, int index)
    {
        try
        {
            var reader = new Utf8JsonReader(bytes, final, new JsonReaderState(new JsonReaderOptions { MaxDepth = LogParser.MaxJsonDepth }));
            if (!reader.Read() || (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip()))
            {
                return null;
            }

            return (int)reader.BytesConsumed;
        }
        catch (JsonException exception)
        {
            throw RequestBodyException.InvalidJson($"log {index}, byte {exception.BytePositionInLine}");
        }
    }

    private static ParsedLog Parse(ReadOnlySpan<byte> json, string where)
    {
        if (!Utf8.IsValid(json))
        {
            throw RequestBodyException.InvalidJson($"{where} is not valid UTF-8");
        }

        try
        {
            return LogParser.Parse(json);
        }
        catch (JsonException exception)
        {
            throw RequestBodyException.InvalidJson($"{where}, line {exception.LineNumber + 1}, byte {exception.BytePositionInLine}");
        }
    }
}
