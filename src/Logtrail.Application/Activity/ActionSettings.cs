namespace Logtrail.Application.Activity;

/// <summary>What a team decided about one action of a project: whether its logs are public, how they render, what it means.</summary>
public sealed record ActionSettings(string Action, bool IsPublic, string? Template, string? Description);
