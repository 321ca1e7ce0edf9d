namespace Logtrail.Api.Http;

/// <summary>What an ingest endpoint takes: one log object, a batch (JSON array or NDJSON), or either (validate).</summary>
public enum LogBodyShape
{
    Single,
    Batch,
    SingleOrBatch,
}
