using Logtrail.Application.Common.Security;
using Logtrail.Domain.Keys;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Application.UnitTests.Behaviours;

public static class CallerKeys
{
    public static CallerKey Of(KeyType type, DeploymentEnvironment environment = DeploymentEnvironment.Production) =>
        new(Guid.NewGuid(), "test key", environment, type,
            new KeyWorkspace(Guid.NewGuid(), "Org", Guid.NewGuid(), "Project", "pro"));
}
