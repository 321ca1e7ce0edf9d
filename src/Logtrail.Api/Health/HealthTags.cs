namespace Logtrail.Api.Health;

public static class HealthTags
{
    /// <summary>Checks that decide <c>/health/ready</c>; <c>/health/live</c> runs none.</summary>
    public const string Ready = "ready";
}
