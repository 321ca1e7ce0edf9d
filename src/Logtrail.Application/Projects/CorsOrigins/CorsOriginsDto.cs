namespace Logtrail.Application.Projects.CorsOrigins;

/// <summary>The origins allowed for a project's viewer tokens.</summary>
public sealed record CorsOriginsDto(IReadOnlyList<string> Origins);
