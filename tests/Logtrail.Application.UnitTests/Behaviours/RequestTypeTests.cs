using Logtrail.Application.Common.Security;
using MediatR;

namespace Logtrail.Application.UnitTests.Behaviours;

/// <summary>CONVENTIONS §3: a request type that does not say who may send it is a bug.</summary>
public sealed class RequestTypeTests
{
    private static readonly Type[] RequestTypes = typeof(DependencyInjection).Assembly.GetTypes()
        .Where(type => type is { IsAbstract: false, IsInterface: false }
                       && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)))
        .ToArray();

    [Test]
    public void The_application_has_request_types_to_check()
    {
        Assert.That(RequestTypes, Has.Length.GreaterThanOrEqualTo(10));
    }

    [TestCaseSource(nameof(RequestTypes))]
    public void Every_request_type_declares_who_may_send_it(Type requestType)
    {
        Assert.That(AccessRequirements.Of(requestType), Is.Not.Null, $"{requestType.Name} has no access requirement attribute.");
    }
}
