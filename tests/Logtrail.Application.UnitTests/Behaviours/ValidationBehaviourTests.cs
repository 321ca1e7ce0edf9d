using FluentValidation;
using Logtrail.Application.Common.Behaviours;
using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Common.Validation;
using Logtrail.Application.Keys.Commands.CreateKey;
using Microsoft.Extensions.Time.Testing;

namespace Logtrail.Application.UnitTests.Behaviours;

public sealed class ValidationBehaviourTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    [OneTimeSetUp]
    public void UseWireNames() => WireNameConvention.Apply();

    [Test]
    public void Every_problem_is_reported_at_once_with_the_wire_field_name()
    {
        var command = new CreateKeyCommand(Guid.NewGuid(), Name: "", Environment: "prod", Type: "admin", ExpiresAt: Clock.GetUtcNow().AddSeconds(-1));

        var exception = Assert.ThrowsAsync<ValidationFailedException>(() => Validate(command));

        Assert.That(exception!.ErrorCode, Is.EqualTo("VALIDATION_FAILED"));
        Assert.That(exception.Errors.Select(e => e.Field), Is.EquivalentTo(new[] { "name", "environment", "type", "expires_at" }));
    }

    [Test]
    public async Task A_valid_request_reaches_the_handler()
    {
        var command = new CreateKeyCommand(Guid.NewGuid(), "ci", "staging", "wo", Clock.GetUtcNow().AddDays(30));

        Assert.That(await Validate(command), Is.EqualTo("handled"));
    }

    private static Task<string> Validate(CreateKeyCommand command)
    {
        var behaviour = new ValidationBehaviour<CreateKeyCommand, string>(new IValidator<CreateKeyCommand>[] { new CreateKeyCommandValidator(Clock) });
        return behaviour.Handle(command, CancellationToken.None, () => Task.FromResult("handled"));
    }
}
