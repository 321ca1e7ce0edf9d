using System.Runtime.CompilerServices;
using Logtrail.Api.Http;
using Logtrail.Application.Logs.Commands.ImportLogs;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Logtrail.Api.Controllers.Admin;

/// <summary>Historical import: logs from another system, with their original server timestamps.</summary>
public sealed class LogImportController(IMediator mediator, IOptions<ImportOptions> options) : AdminControllerBase
{
    /// <summary>
    /// NDJSON (optionally gzip), one stored log per line; streamed, stored in batches. 200 with what was imported,
    /// skipped and refused (each refused line with its number).
    /// </summary>
    [HttpPost("projects/{projectId:guid}/logs/import")]
    public async Task<ImportReport> Import(Guid projectId, [FromQuery] string? environment, CancellationToken cancellationToken)
    {
        LogBodyReader.CheckContentType(Request.ContentType, LogBodyShape.Batch, jsonAllowed: false);
        await using var body = LogBodyReader.Open(Request, options.Value.MaxBytes, hash: false);
        return await mediator.Send(new ImportLogsCommand(projectId, environment, Lines(body, cancellationToken), options.Value.BatchSize), cancellationToken);
    }

    private static async IAsyncEnumerable<ImportLine> Lines(BodySource body, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var line in NdjsonLines.ReadAsync(body, cancellationToken))
        {
            yield return new ImportLine(line.Number, line.Text);
        }
    }
}
