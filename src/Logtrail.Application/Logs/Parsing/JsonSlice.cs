namespace Logtrail.Application.Logs.Parsing;

/// <summary>A JSON object exactly as the client sent it (stored as JSONB), with its nesting depth (the object = 1).</summary>
public sealed record JsonSlice(string Json, int Depth);
