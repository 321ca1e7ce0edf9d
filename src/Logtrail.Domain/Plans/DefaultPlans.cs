namespace Logtrail.Domain.Plans;

/// <summary>The plan table of SPEC §6; configuration may override any figure.</summary>
public static class DefaultPlans
{
    public static Plan Free { get; } = new("free", "Free", 5_000, 21, 120, 700, 50, 3, 5);

    public static Plan Developer { get; } = new("dev", "Developer", 50_000, 45, 300, 1_024, 200, 4, 10);

    public static Plan Professional { get; } = new("pro", "Professional", 500_000, 120, 1_000, 2_048, 1_000, 5, 20);

    public static Plan Enterprise { get; } =
        new("enterprise", "Enterprise (self-hosted)", null, 365, 1_000_000, 65_536, 10_000, 8, 50);

    public static IReadOnlyList<Plan> All { get; } = [Free, Developer, Professional, Enterprise];
}
