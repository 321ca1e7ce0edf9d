using Logtrail.Application.Audit;
using Logtrail.Application.Common.Behaviours;
using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Common.Security;
using Logtrail.Domain.Keys;
using Logtrail.Domain.Tenancy;
using Moq;

namespace Logtrail.Application.UnitTests.Behaviours;

public sealed class AuthorizationBehaviourTests
{
    private bool _handlerRan;

    [SetUp]
    public void ResetHandler() => _handlerRan = false;

    [Test]
    public void A_read_only_key_cannot_send_a_write_request_and_the_handler_never_runs()
    {
        var exception = Assert.ThrowsAsync<ForbiddenException>(() => Send(new WriteRequest(), CallerKeys.Of(KeyType.ReadOnly)));

        Assert.That(exception!.ErrorCode, Is.EqualTo("AUTH_API_KEY_SCOPE_MISMATCH"));
        Assert.That(exception.Message, Does.Contain("logs:write"));
        Assert.That(_handlerRan, Is.False);
    }

    [TestCase(KeyType.WriteOnly)]
    [TestCase(KeyType.ReadWrite)]
    public async Task A_key_with_the_permission_reaches_the_handler(KeyType type)
    {
        await Send(new WriteRequest("production"), CallerKeys.Of(type));

        Assert.That(_handlerRan, Is.True);
    }

    [Test]
    public void A_development_key_naming_production_is_an_environment_mismatch()
    {
        var caller = CallerKeys.Of(KeyType.ReadWrite, DeploymentEnvironment.Development);

        var exception = Assert.ThrowsAsync<EnvironmentMismatchException>(() => Send(new WriteRequest("development", "production"), caller));

        Assert.That(exception!.ErrorCode, Is.EqualTo("AUTH_API_KEY_SCOPE_MISMATCH"));
        Assert.That(exception.Reason, Is.EqualTo("environment_mismatch"));
        Assert.That(_handlerRan, Is.False);
    }

    [Test]
    public void An_unknown_environment_name_is_invalid_rather_than_a_mismatch()
    {
        var exception = Assert.ThrowsAsync<InvalidEnvironmentException>(() => Send(new WriteRequest("prod"), CallerKeys.Of(KeyType.ReadWrite)));

        Assert.That(exception!.ErrorCode, Is.EqualTo("VALIDATION_INVALID_ENVIRONMENT"));
    }

    [Test]
    public void Permission_is_checked_before_environments()
    {
        var caller = CallerKeys.Of(KeyType.ReadOnly, DeploymentEnvironment.Development);

        Assert.ThrowsAsync<ForbiddenException>(() => Send(new WriteRequest("production"), caller));
    }

    [Test]
    public async Task Any_valid_key_may_send_an_any_key_request()
    {
        await Send(new AnyKeyRequest(), CallerKeys.Of(KeyType.WriteOnly));

        Assert.That(_handlerRan, Is.True);
    }

    [Test]
    public void A_data_key_cannot_send_an_admin_request()
    {
        Assert.ThrowsAsync<UnauthenticatedException>(() => Send(new AdminRequest(), CallerKeys.Of(KeyType.ReadWrite)));
        Assert.That(_handlerRan, Is.False);
    }

    [Test]
    public async Task An_admin_token_may_send_an_admin_request()
    {
        await Send(new AdminRequest(), key: null, adminTokenId: Guid.NewGuid());

        Assert.That(_handlerRan, Is.True);
    }

    [Test]
    public async Task An_admin_caller_naming_a_project_and_environment_may_send_a_read()
    {
        await Send(new ReadRequest("staging"), key: null, adminTokenId: Guid.NewGuid(), ReadScopeOf(DeploymentEnvironment.Staging));

        Assert.That(_handlerRan, Is.True);
    }

    [Test]
    public void An_admin_caller_may_not_send_a_write_even_when_it_names_a_project_and_environment()
    {
        Assert.ThrowsAsync<UnauthenticatedException>(() =>
            Send(new WriteRequest("production"), key: null, adminTokenId: Guid.NewGuid(), ReadScopeOf(DeploymentEnvironment.Production)));
        Assert.That(_handlerRan, Is.False);
    }

    [Test]
    public void An_admin_reader_naming_another_environment_in_the_request_is_an_environment_mismatch()
    {
        Assert.ThrowsAsync<EnvironmentMismatchException>(() =>
            Send(new ReadRequest("production"), key: null, adminTokenId: Guid.NewGuid(), ReadScopeOf(DeploymentEnvironment.Staging)));
        Assert.That(_handlerRan, Is.False);
    }

    [Test]
    public void A_read_scope_without_an_admin_token_grants_nothing()
    {
        Assert.ThrowsAsync<UnauthenticatedException>(() =>
            Send(new ReadRequest("production"), key: null, adminTokenId: null, ReadScopeOf(DeploymentEnvironment.Production)));
        Assert.That(_handlerRan, Is.False);
    }

    [Test]
    public void A_request_without_an_access_requirement_is_refused()
    {
        Assert.ThrowsAsync<InvalidOperationException>(() => Send(new UndeclaredRequest(), CallerKeys.Of(KeyType.ReadWrite), Guid.NewGuid()));
        Assert.That(_handlerRan, Is.False);
    }

    private static ReadScope ReadScopeOf(DeploymentEnvironment environment) => new(Guid.NewGuid(), environment, "pro");

    private Task<string> Send<TRequest>(TRequest request, CallerKey? key, Guid? adminTokenId = null, ReadScope? adminReadScope = null)
    {
        var caller = new Mock<ICallerContext>();
        caller.SetupGet(c => c.Key).Returns(key);
        caller.SetupGet(c => c.AdminActor).Returns(adminTokenId is { } tokenId ? AdminActor.Token(tokenId) : null);
        caller.SetupGet(c => c.AdminReadScope).Returns(adminReadScope);
        var behaviour = new AuthorizationBehaviour<TRequest, string>(caller.Object);
        return behaviour.Handle(request, CancellationToken.None, () =>
        {
            _handlerRan = true;
            return Task.FromResult("handled");
        });
    }
}
