using Logtrail.Application.Authentication;
using Logtrail.Application.Keys;
using Logtrail.Application.Organizations;
using Logtrail.Application.Projects;
using Logtrail.Domain.Common;
using Logtrail.Domain.Keys;
using Logtrail.Domain.Plans;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Application.Bootstrap;

/// <summary>
/// Creates a demo organization and project, an admin token and one <c>rw</c> key per environment, for the
/// quick start (SPEC §9). The plain-text secrets exist only in the returned credentials.
/// </summary>
public sealed class DemoWorkspaceBootstrapper(
    IOrganizationRepository organizations,
    IProjectRepository projects,
    IApiKeyRepository keys,
    IAdminTokenRepository adminTokens,
    ApiKeyIssuer issuer,
    PlanCatalog plans,
    TimeProvider clock)
{
    public async Task<DemoCredentials> CreateAsync(string planCode, CancellationToken cancellationToken)
    {
        if (!plans.Contains(planCode))
        {
            throw new ArgumentException($"Plan '{planCode}' is not configured.", nameof(planCode));
        }

        var now = clock.UtcNowMicroseconds();
        var organization = new Organization(Guid.CreateVersion7(), "Demo organization", now);
        await organizations.AddAsync(organization, cancellationToken);
        var project = new Project(Guid.CreateVersion7(), organization.Id, "Demo project", planCode, now);
        await projects.AddAsync(project, cancellationToken);

        var adminToken = AdminTokenFormat.Generate();
        await adminTokens.AddAsync(
            new AdminToken(Guid.CreateVersion7(), "bootstrap", AdminTokenFormat.DisplayPrefix(adminToken), SecretHash.Compute(adminToken), now, RevokedAt: null),
            cancellationToken);

        var plainKeys = new Dictionary<string, string>();
        foreach (var environment in DeploymentEnvironments.All)
        {
            var issued = issuer.Issue(project.Id, $"demo {environment.ToWireName()}", environment, KeyType.ReadWrite, expiresAt: null);
            await keys.AddAsync(issued.Key, issued.Hash, cancellationToken);
            plainKeys[environment.ToWireName()] = issued.PlainText;
        }

        return new DemoCredentials(adminToken, organization.Id, project.Id, plainKeys);
    }
}
