namespace Logtrail.Client;

/// <summary>What <c>POST /logs/validate</c> found; nothing was stored.</summary>
public sealed class ValidationReport
{
    /// <summary>True when every log would be accepted.</summary>
    public bool Valid { get; init; }

    /// <summary>Things accepted but probably unintended, e.g. unknown fields.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>What would be refused.</summary>
    public IReadOnlyList<LogtrailFieldError> Errors { get; init; } = [];
}
