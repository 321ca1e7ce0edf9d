namespace Logtrail.Infrastructure.Persistence.Rows;

public sealed class ProjectRow
{
    public Guid Id { get; init; }

    public Guid OrganizationId { get; init; }

    public string Name { get; init; } = "";

    public string PlanCode { get; init; } = "";

    public DateTime CreatedAt { get; init; }
}
