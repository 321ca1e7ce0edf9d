using System.ComponentModel.DataAnnotations;

namespace Logtrail.Infrastructure.Logs;

/// <summary>Section <c>Logtrail:Logs:GroupCommit</c>.</summary>
public sealed class GroupCommitOptions
{
    public const string SectionName = "Logtrail:Logs:GroupCommit";

    /// <summary>Share commits between concurrent single-log requests.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Transactions in flight at once; while they commit, new requests gather for the next. One, by measurement: a
    /// shared commit is one round trip, and a second writer only halves the batches (more commits, more CPU per log)
    /// while the commits of transactions that announce to live tails are serialised by PostgreSQL anyway.
    /// </summary>
    [Range(1, 64)]
    public int Writers { get; set; } = 1;

    /// <summary>The most logs one shared transaction carries.</summary>
    [Range(1, 10_000)]
    public int MaxBatch { get; set; } = 1_000;
}
