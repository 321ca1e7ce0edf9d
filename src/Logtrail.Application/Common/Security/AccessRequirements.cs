using System.Reflection;

namespace Logtrail.Application.Common.Security;

/// <summary>Reads a request type's <see cref="AccessRequirementAttribute"/> once per type.</summary>
public static class AccessRequirements
{
    public static AccessRequirementAttribute? Of(Type requestType) =>
        requestType.GetCustomAttribute<AccessRequirementAttribute>(inherit: false);

    public static AccessRequirementAttribute? Of<TRequest>() => Cache<TRequest>.Requirement;

    private static class Cache<TRequest>
    {
        public static readonly AccessRequirementAttribute? Requirement = Of(typeof(TRequest));
    }
}
