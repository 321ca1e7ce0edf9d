namespace Logtrail.Application.Organizations;

public sealed record OrganizationDto(Guid Id, string Name, DateTimeOffset CreatedAt);
