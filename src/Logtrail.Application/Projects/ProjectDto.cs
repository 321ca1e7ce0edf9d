namespace Logtrail.Application.Projects;

public sealed record ProjectDto(Guid Id, Guid OrganizationId, string Name, string PlanCode, DateTimeOffset CreatedAt);
