namespace Logtrail.Infrastructure.Persistence.Rows;

public sealed class OrganizationRow
{
    public Guid Id { get; init; }

    public string Name { get; init; } = "";

    public DateTime CreatedAt { get; init; }
}
