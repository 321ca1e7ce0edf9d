namespace Logtrail.Application.Common.Security;

/// <summary>
/// Declares who may send a request. Every request type carries exactly one; a test fails on any that does not,
/// and <see cref="Behaviours.AuthorizationBehaviour{TRequest,TResponse}"/> refuses to run one.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public abstract class AccessRequirementAttribute : Attribute;
