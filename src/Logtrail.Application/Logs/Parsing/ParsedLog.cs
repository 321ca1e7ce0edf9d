using Logtrail.Application.Common.Exceptions;
using Logtrail.Domain.Logs;

namespace Logtrail.Application.Logs.Parsing;

/// <summary>
/// One log as the client sent it, parsed in one pass by <see cref="LogParser"/>: typed fields (null when absent, JSON
/// null, or unreadable), the objects as raw JSON slices, the byte length of its raw JSON, and every problem the
/// parse found — a wrong type, text or a number PostgreSQL cannot store — each naming its field. The use cases'
/// rules run over this value; none of them walks the JSON again.
/// </summary>
public sealed class ParsedLog
{
    private readonly List<FieldError> _problems = [];
    private readonly List<string> _fieldNames = [];

    internal ParsedLog(int rawSize) => RawSize = rawSize;

    /// <summary>Byte length of the log's raw JSON text (the plan's max log size applies to it).</summary>
    public int RawSize { get; }

    public bool IsObject { get; internal set; } = true;

    public string? Action { get; internal set; }

    public Level? Level { get; internal set; }

    public DateTimeOffset? ClientTimestamp { get; internal set; }

    /// <summary>Which spelling of the client timestamp the log used (<c>clientTimestamp</c> unless only the other).</summary>
    public string ClientTimestampField { get; internal set; } = LogFields.ClientTimestamp;

    public string? Message { get; internal set; }

    public IReadOnlyList<string> Tags { get; internal set; } = [];

    public JsonSlice? Actor { get; internal set; }

    public JsonSlice? Target { get; internal set; }

    public JsonSlice? Context { get; internal set; }

    public JsonSlice? Metadata { get; internal set; }

    /// <summary>The <c>environment</c> the log names, when it names one as a string.</summary>
    public string? NamedEnvironment { get; internal set; }

    public bool? IsPublic { get; internal set; }

    /// <summary>The <c>id</c> the log carries as a plain string (historical import keeps it when it is a matching UUIDv7); ingestion ignores it.</summary>
    public string? Id { get; internal set; }

    /// <summary>The <c>server_timestamp</c> the log carries, when it is an RFC 3339 string (historical import requires it); ingestion ignores it.</summary>
    public DateTimeOffset? ServerTimestamp { get; internal set; }

    /// <summary>Every top-level field name, in order.</summary>
    public IReadOnlyList<string> FieldNames => _fieldNames;

    /// <summary>What the parse found wrong, without a log index.</summary>
    public IReadOnlyList<FieldError> Problems => _problems;

    /// <summary>True when the parse already reported a problem with <paramref name="field"/> (or something inside it).</summary>
    public bool HasProblemWith(string field) =>
        _problems.Exists(problem => problem.Field == field || problem.Field.StartsWith(field + ".", StringComparison.Ordinal)
                                                            || problem.Field.StartsWith(field + "[", StringComparison.Ordinal));

    public bool Names(string field) => _fieldNames.Contains(field);

    internal void Fail(string field, string message) => _problems.Add(new FieldError(field, message));

    internal void AddFieldName(string name) => _fieldNames.Add(name);
}
