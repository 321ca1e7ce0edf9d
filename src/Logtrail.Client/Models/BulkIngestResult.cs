namespace Logtrail.Client;

/// <summary>What <c>POST /logs/bulk</c> stored.</summary>
public sealed class BulkIngestResult
{
    /// <summary>How many logs were stored.</summary>
    public int Ingested { get; init; }

    /// <summary>Their ids, in request order.</summary>
    public IReadOnlyList<Guid> Ids { get; init; } = [];
}
