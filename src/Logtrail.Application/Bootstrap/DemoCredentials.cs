namespace Logtrail.Application.Bootstrap;

/// <summary>What a first start hands the operator: an admin token and one read-write key per environment.</summary>
public sealed record DemoCredentials(
    string AdminToken, Guid OrganizationId, Guid ProjectId, IReadOnlyDictionary<string, string> Keys);
