namespace Logtrail.Api.IntegrationTests.Support;

/// <summary>An <see cref="IntegrationTest"/> that starts with a project (pro plan) and a production read-write key's client.</summary>
public abstract class WorkspaceTest : IntegrationTest
{
    protected Guid ProjectId { get; private set; }

    protected HttpClient Production { get; private set; } = null!;

    [SetUp]
    public async Task CreateWorkspaceAsync()
    {
        ProjectId = await Admin.CreateProjectAsync();
        Production = DataClient((await Admin.CreateKeyAsync(ProjectId)).Key);
    }

    [TearDown]
    public void DisposeClient() => Production.Dispose();
}
