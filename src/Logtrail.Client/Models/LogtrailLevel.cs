using System.Text.Json.Serialization;

namespace Logtrail.Client;

/// <summary>A log's severity, as the service names it on the wire.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LogtrailLevel>))]
public enum LogtrailLevel
{
    /// <summary><c>trace</c></summary>
    [JsonStringEnumMemberName("trace")] Trace,

    /// <summary><c>debug</c></summary>
    [JsonStringEnumMemberName("debug")] Debug,

    /// <summary><c>info</c></summary>
    [JsonStringEnumMemberName("info")] Info,

    /// <summary><c>warn</c></summary>
    [JsonStringEnumMemberName("warn")] Warn,

    /// <summary><c>error</c></summary>
    [JsonStringEnumMemberName("error")] Error,

    /// <summary><c>fatal</c></summary>
    [JsonStringEnumMemberName("fatal")] Fatal,
}
