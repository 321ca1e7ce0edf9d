using System.Text.Json;
using Logtrail.Api.Authentication;
using Logtrail.Api.Export;
using Logtrail.Api.Streaming;
using Logtrail.Api.Http;
using Logtrail.Api.RateLimiting;
using Logtrail.Application.Logs;
using Logtrail.Application.Logs.Commands.BulkIngest;
using Logtrail.Application.Logs.Queries.AggregateLogs;
using Logtrail.Application.Logs.Queries.ExportLogs;
using Logtrail.Application.Logs.Idempotency;
using Logtrail.Application.Logs.Commands.IngestLog;
using Logtrail.Application.Logs.Commands.ValidateLogs;
using Logtrail.Application.Logs.Queries.GetLogById;
using Logtrail.Application.Logs.Queries.GetLogs;
using Logtrail.Application.Logs.Queries.QueryLogs;
using Logtrail.Application.Logs.Queries.TailLogs;
using Logtrail.Api.Requests;
using Logtrail.Api.Responses;
using Logtrail.Domain.Common;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Logtrail.Api.Controllers;

/// <summary>Ingesting and reading logs (SPEC §4, §5). Ingest bodies are read by <see cref="LogBodyReader"/>, not model binding.</summary>
[ApiController]
[Route("api/v1/workspace/logs")]
[Authorize(AuthenticationSchemes = AuthenticationSchemes.ApiKey)]
[Produces("application/json")]
public sealed class LogsController(
    IMediator mediator, LogBodyReader bodies, IRequestOutcome outcome, LogFileFormats formats, TimeProvider clock, IOptions<JsonOptions> json)
    : ControllerBase
{
    /// <summary>Stores one log; 201 with the stored entry (and its <c>Location</c>) once it is committed.</summary>
    /// <remarks>The ingest actions take no bound parameters (the request's abort token instead of a bound
    /// <see cref="CancellationToken"/>): with none, MVC skips model binding for them altogether.</remarks>
    [HttpPost]
    [ProducesResponseType<LogEntryDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Ingest()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var body = await bodies.ReadAsync(Request, LogBodyShape.Single, cancellationToken);
        var entry = await mediator.Send(new IngestLogCommand(body.Logs[0], body.Idempotency), cancellationToken);
        Response.Headers.Location = $"/api/v1/workspace/logs/{entry.Id}";
        return Created(entry);
    }

    /// <summary>Stores a JSON array (or NDJSON) of logs atomically; 201 with the ids in request order.</summary>
    [HttpPost("bulk")]
    [ProducesResponseType<BulkIngestResult>(StatusCodes.Status201Created)]
    public async Task<IActionResult> BulkIngest()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var body = await bodies.ReadAsync(Request, LogBodyShape.Batch, cancellationToken);
        return Created(await mediator.Send(new BulkIngestCommand(body.Logs, body.Idempotency), cancellationToken));
    }

    /// <summary>Checks one log or an array without storing anything.</summary>
    [HttpPost("validate")]
    [ValidationRateLimit]
    public async Task<ValidationReport> Validate(CancellationToken cancellationToken)
    {
        var body = await bodies.ReadAsync(Request, LogBodyShape.SingleOrBatch, cancellationToken);
        return await mediator.Send(new ValidateLogsCommand(body.Logs, body.IsBatch), cancellationToken);
    }

    /// <summary>A filtered page, newest first; <c>Link: rel="next"</c> when more exist.</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<LogEntryDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(
        [FromQuery] PageParameters page,
        [FromQuery] string? action,
        [FromQuery] string? message,
        [FromQuery] string? environments,
        [FromQuery] string? levels,
        [FromQuery] string? tags,
        CancellationToken cancellationToken)
    {
        var logs = await mediator.Send(
            new GetLogsQuery(page.From, page.To, action, message, environments, levels, tags, page.PageSize, page.CursorId, page.CursorTs),
            cancellationToken);
        NextPageLink.Add(HttpContext, logs.Next);
        return new Utf8JsonResult(logs.Json);
    }

    /// <summary>LCQL search; the same order and keyset paging as <c>GET /logs</c>.</summary>
    [HttpPost("query")]
    public async Task<IReadOnlyList<LogEntryDto>> Query(SearchLogsRequest request, CancellationToken cancellationToken) =>
        (await mediator.Send(
            new QueryLogsQuery(request.From, request.To, request.Action, request.Query, request.CursorId, request.CursorTs, request.PageSize),
            cancellationToken)).Items;

    /// <summary>Counts of the logs an LCQL query selects, grouped by fields and, optionally, UTC time buckets.</summary>
    [HttpPost("aggregate")]
    public Task<AggregateResult> Aggregate(AggregateLogsRequest request, CancellationToken cancellationToken) =>
        mediator.Send(new AggregateLogsQuery(request.Query, request.From, request.To, request.GroupBy, request.Interval), cancellationToken);

    /// <summary>Every match of an LCQL query and window as NDJSON or CSV, newest first, streamed; gzip when accepted.</summary>
    [HttpGet("export")]
    public async Task<IActionResult> Export(
        [FromQuery] string? format, [FromQuery] string? query, [FromQuery] string? from, [FromQuery] string? to, CancellationToken cancellationToken)
    {
        var export = await mediator.Send(new ExportLogsQuery(format, query, from, to), cancellationToken);
        return new LogExportResult(export.Entries, formats.For(export.Format), clock.GetUtcNow());
    }

    /// <summary>Live tail as Server-Sent Events: matching logs as they commit; resumes after <c>Last-Event-ID</c>.</summary>
    [HttpGet("tail")]
    [Produces("text/event-stream")]
    public async Task Tail([FromQuery] string? query, [FromServices] LogTailStream stream, CancellationToken cancellationToken)
    {
        var lastEventId = Request.Headers["Last-Event-ID"].ToString();
        await using var session = await mediator.Send(new TailLogsQuery(query, lastEventId.Length == 0 ? null : lastEventId), cancellationToken);
        await stream.WriteAsync(HttpContext, session);
    }

    [HttpGet("{id}")]
    public Task<LogEntryDto> Get(string id, CancellationToken cancellationToken) =>
        mediator.Send(new GetLogByIdQuery(id), cancellationToken);

    /// <summary>201 with the body; marked <c>Idempotent-Replayed: true</c> when it is an earlier request's response.
    /// The body is serialized here, in the API's JSON conventions, and sent with its length in one write — the same
    /// bytes MVC's JSON formatter wrote, without its formatter selection or a chunked response.</summary>
    private Utf8JsonResult Created<T>(T response)
    {
        if (outcome.Replayed)
        {
            Response.Headers[HttpRequestOutcome.ReplayedHeader] = "true";
        }

        return new Utf8JsonResult(JsonSerializer.SerializeToUtf8Bytes(response, json.Value.JsonSerializerOptions), StatusCodes.Status201Created);
    }
}
