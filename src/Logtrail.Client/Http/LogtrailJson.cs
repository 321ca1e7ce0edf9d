using System.Text.Json.Serialization;

namespace Logtrail.Client.Http;

/// <summary>Source-generated JSON for every body the client sends or reads (snake_case, as the service speaks).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(LogEvent))]
[JsonSerializable(typeof(IReadOnlyList<LogEvent>))]
[JsonSerializable(typeof(LogEntry))]
[JsonSerializable(typeof(List<LogEntry>))]
[JsonSerializable(typeof(BulkIngestResult))]
[JsonSerializable(typeof(BulkIngestCount))]
[JsonSerializable(typeof(ValidationReport))]
[JsonSerializable(typeof(WorkspaceInfo))]
[JsonSerializable(typeof(UsageReport))]
[JsonSerializable(typeof(List<ActivityItem>))]
[JsonSerializable(typeof(SearchBody))]
[JsonSerializable(typeof(ErrorBody))]
internal sealed partial class LogtrailJson : JsonSerializerContext;
