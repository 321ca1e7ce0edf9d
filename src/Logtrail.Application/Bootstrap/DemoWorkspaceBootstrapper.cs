using Logtrail.Application.AdminTokens;
using Logtrail.Application.Audit;
using Logtrail.Application.Authentication;
using Logtrail.Application.Common.Persistence;
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
/// quick start (the <c>demo</c> start mode), in one transaction with its audit rows (actor <c>bootstrap</c>). The
/// plain-text secrets exist only in the returned credentials.
/// </summary>
public sealed class DemoWorkspaceBootstrapper(
    IUnitOfWork unitOfWork,
    IOrganizationRepository organizations,
    IProjectRepository projects,
    IApiKeyRepository keys,
    IAdminTokenRepository adminTokens,
    IAdminAuditTrail audit,
    ApiKeyIssuer issuer,
    AdminTokenIssuer adminTokenIssuer,
    PlanCatalog plans,
    TimeProvider clock)
{
    public Task<DemoCredentials> CreateAsync(string planCode, CancellationToken cancellationToken)
    {
        if (!plans.Contains(planCode))
        {
            throw new ArgumentException($"Plan '{planCode}' is not configured.", nameof(planCode));
        }

        return unitOfWork.ExecuteAsync(() => CreateInTransactionAsync(planCode, cancellationToken), cancellationToken);
    }

    private async Task<DemoCredentials> CreateInTransactionAsync(string planCode, CancellationToken cancellationToken)
    {
        var now = clock.UtcNowMicroseconds();
        var organization = new Organization(Guid.CreateVersion7(), "Demo organization", now);
        await organizations.AddAsync(organization, cancellationToken);
        var project = new Project(Guid.CreateVersion7(), organization.Id, "Demo project", planCode, now);
        await projects.AddAsync(project, cancellationToken);

        var adminToken = adminTokenIssuer.Issue("bootstrap", expiresAt: null);
        await adminTokens.AddAsync(adminToken.Token, cancellationToken);

        var plainKeys = new Dictionary<string, string>();
        foreach (var environment in DeploymentEnvironments.All)
        {
            var issued = issuer.Issue(project.Id, $"demo {environment.ToWireName()}", environment, KeyType.ReadWrite, expiresAt: null);
            await keys.AddAsync(issued.Key, issued.Hash, cancellationToken);
            plainKeys[environment.ToWireName()] = issued.PlainText;
        }

        await audit.RecordAsync(
            AdminAuditEntry.Of(AdminActor.Bootstrap, new AdminAuditEvent("admin_token.created", $"admin_token:{adminToken.Token.Id}"), null, now),
            cancellationToken);
        await audit.RecordAsync(
            AdminAuditEntry.Of(
                AdminActor.Bootstrap,
                new AdminAuditEvent("demo_workspace.created", $"project:{project.Id}", new Dictionary<string, object?> { ["plan_code"] = planCode }),
                null,
                now),
            cancellationToken);
        return new DemoCredentials(adminToken.PlainText, organization.Id, project.Id, plainKeys);
    }
}
