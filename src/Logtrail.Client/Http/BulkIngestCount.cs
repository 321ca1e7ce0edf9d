namespace Logtrail.Client.Http;

/// <summary>The part of <c>POST /logs/bulk</c>'s answer the batching sender reads: how many logs were stored (not their ids).</summary>
internal sealed class BulkIngestCount
{
    public int Ingested { get; init; }
}
