using System.ComponentModel.DataAnnotations;

namespace Logtrail.Infrastructure.Logs;

/// <summary>Section <c>Logtrail:Logs:GroupCommit</c>.</summary>
public sealed class GroupCommitOptions
{
    public const string SectionName = "Logtrail:Logs:GroupCommit";

    /// <summary>Share commits between concurrent single-log requests.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Transactions in flight at once; while they commit, new requests gather for the next.</summary>
    [Range(1, 64)]
    public int Writers { get; set; } = 2;

    /// <summary>The most logs one shared transaction carries.</summary>
    [Range(1, 10_000)]
    public int MaxBatch { get; set; } = 1_000;
}
