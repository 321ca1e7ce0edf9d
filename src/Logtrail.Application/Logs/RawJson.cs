namespace Logtrail.Application.Logs;

/// <summary>JSON text stored as the client sent it (a JSONB column), written into responses as JSON, not as a string.</summary>
public readonly record struct RawJson(string Text);
